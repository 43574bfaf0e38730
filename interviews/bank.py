"""The interview question bank shipped with the product, and the behavioural anchors used to rate
each competency on a scorecard, in English and Simplified Chinese.

Pure Python data (no models, no database). The facts come from the domain seeds: the demand-table
guide (STAR interviews on difficult customers, hard problems and cross-team work, scenario
simulations of sudden complaints and complex enquiries, a learning-agility test on a simplified
system, data awareness, proactive service) and the call-centre recruiting procedure (six questions
for service candidates, the repetitive-task patience test, and the two staged role-plays about
helpfulness and an insistent visitor). A few items for senior roles follow the professional
standard's supervisor duties (coaching, planning for peaks). Every sentence here is our own
restatement.

Decisions:

- The staged role-plays are disclosed to the candidate once the interview is over.
- The "have you ever made a sacrifice" question is restated so that the candidate chooses the
  example; interviewers are told not to probe family, health, religion or other private matters.
- The patience task names an equivalent task for candidates who cannot fold paper by hand.
- Scenario exercises use invented data only, never real customer records.

Shapes:

- question: ``code`` (unique slug), ``kind`` (one of ``KINDS``), ``formats`` (from ``FORMATS``),
  ``competencies`` (one to four ``KeyItem`` values), and the text pairs ``text``, ``guidance``,
  ``strong`` and ``weak`` with ``_en``/``_zh`` suffixes (``guidance`` may be empty in both
  languages, every other text is required);
- anchors: ``ANCHORS[key_item][score] == (text_en, text_zh)`` for scores 1, 3 and 5; 2 and 4 lie
  between. Education and experience are checked on paper, not rated in an interview.

All values are plain strings; ``_validate`` checks them when the module is imported, so a typo
fails at once.
"""

from __future__ import annotations

from requisitions.choices import KeyItem

FORMATS = [
    "structured_behavioural",
    "scenario_simulation",
    "patience_task",
    "role_play",
    "group",
    "phone",
    "video",
    "on_site",
]
KINDS = ["star", "question", "patience_task", "role_play", "scenario"]

# Key items that are established from documents rather than rated in an interview.
NOT_INTERVIEWED = frozenset({KeyItem.EDUCATION.value, KeyItem.EXPERIENCE.value})
ASSESSABLE_KEY_ITEMS = [value for value in KeyItem.values if value not in NOT_INTERVIEWED]

TEXT_FIELDS = ["text", "guidance", "strong", "weak"]
OPTIONAL_TEXT_FIELDS = frozenset({"guidance"})

# Formats in which a spoken question can be asked: in a structured interview, by phone, by video or in person.
_SPOKEN = ["structured_behavioural", "phone", "video", "on_site"]
# Formats in which an interviewer-played customer can be run.
_SIMULATED = ["scenario_simulation", "phone", "video", "on_site"]


QUESTIONS: list[dict] = [
    # --- STAR prompts (structured behavioural interview) -----------------------------------------
    {
        "code": "star-upset-customer",
        "kind": "star",
        "formats": [*_SPOKEN],
        "competencies": ["empathy", "stress_tolerance", "communication"],
        "text_en": (
            "Tell me about a time a customer was extremely upset with you or with your company. What was "
            "going on, what did you do to calm them down, and how did it end?"
        ),
        "text_zh": (
            "请讲一次你面对情绪非常激动、极度不满的客户的经历：当时发生了什么？你做了哪些事让对方平静下来？"
            "最后结果如何？"
        ),
        "guidance_en": (
            "Ask for one real case, not a general habit. Probe: What exactly did the customer say? How could "
            "you tell how they felt? What was the first thing you said? What did you do when they would not "
            "calm down? Looking back, what would you do differently?"
        ),
        "guidance_zh": (
            "请候选人讲一个真实的具体事例，而不是泛泛地说平时怎么做。追问：客户的原话是什么？你是怎么判断对方情绪的？"
            "你开口说的第一句话是什么？对方一直平静不下来时你怎么办？现在回头看，哪里会换一种做法？"
        ),
        "strong_en": (
            "Recognises the feeling behind the complaint and acknowledges it before explaining anything; "
            "stays calm and does not argue or blame; lets the customer finish; moves the conversation to a "
            "concrete fix with a clear next step and follows up; can say what they learned."
        ),
        "strong_zh": (
            "先体察并回应客户的情绪，再解释事情；自己保持冷静，不争辩、不推责；让客户把话说完；"
            "把谈话引到具体的解决办法上，讲清下一步并主动跟进；能说出自己从中学到了什么。"
        ),
        "weak_en": (
            "Speaks in generalities or has no real case; argues about who was right, quotes policy at the "
            "customer or passes them on at once; the story ends with the customer still angry and no "
            "follow-up; blames the customer."
        ),
        "weak_zh": (
            "只讲空话，拿不出真实事例；和客户争对错，照本宣科地搬出规定，或者马上把客户转给别人；"
            "故事结束时客户依然不满，也没有后续跟进；把责任推到客户身上。"
        ),
    },
    {
        "code": "star-complex-problem",
        "kind": "star",
        "formats": [*_SPOKEN],
        "competencies": ["problem_solving", "professional_knowledge", "communication"],
        "text_en": (
            "Describe the hardest customer problem you have had to solve, one with no ready answer in the "
            "script or the knowledge base. How did you work out what was really wrong, and what did you do?"
        ),
        "text_zh": (
            "请讲一个你解决过的最棘手的客户问题，话术和知识库里都找不到现成答案。你是怎么找出真正原因的？又做了什么？"
        ),
        "guidance_en": (
            "Probe: What information did you collect, and from whom? What did you rule out, and how? Who "
            "else did you bring in? How did you keep the customer informed meanwhile? How did you make sure "
            "the fix held?"
        ),
        "guidance_zh": (
            "追问：你收集了哪些信息，从谁那里得到的？排除了哪些可能，怎么排除的？还找了谁帮忙？"
            "处理期间怎样让客户了解进展？你怎么确认问题真的解决了、不会再犯？"
        ),
        "strong_en": (
            "Breaks the problem into parts and looks for the root cause rather than the symptom; gathers the "
            "right facts and people; keeps the customer updated; confirms the result and records the "
            "solution so others can reuse it."
        ),
        "strong_zh": (
            "把问题拆开分析，追查根本原因而不是只处理表面现象；找齐需要的信息和相关人员；"
            "随时向客户通报进展；确认结果后把解决方法记录下来，方便同事以后参考。"
        ),
        "weak_en": (
            "Escalates straight away without looking into it, or guesses; cannot explain how they reached "
            "the answer; loses touch with the customer while working on it; the fix only covered the symptom."
        ),
        "weak_zh": (
            "不做任何排查就直接上交，或者靠猜；说不清答案是怎么得出来的；处理过程中把客户晾在一边；最后只是治标不治本。"
        ),
    },
    {
        "code": "star-cross-team",
        "kind": "star",
        "formats": [*_SPOKEN],
        "competencies": ["teamwork", "communication", "problem_solving"],
        "text_en": (
            "Tell me about a time you needed another team or department, such as technical support, "
            "logistics or finance, to resolve a customer's issue. How did you get them to act, and what was "
            "the outcome?"
        ),
        "text_zh": (
            "请讲一次你需要其他团队或部门（比如技术支持、物流、财务）配合才能解决客户问题的经历。"
            "你是怎么推动对方行动的？结果怎样？"
        ),
        "guidance_en": (
            "Probe: How did you present the case to them? What did you do when they were slow or disagreed? "
            "Who owned the issue until it was closed? What did you tell the customer along the way?"
        ),
        "guidance_zh": (
            "追问：你是怎么向对方说明情况的？对方拖延或者有不同意见时你怎么做？问题关闭之前由谁负责到底？"
            "这期间你是怎么跟客户沟通的？"
        ),
        "strong_en": (
            "Hands over a clear, complete case so the other team need not ask again; agrees who does what "
            "by when; follows up firmly without blaming; keeps ownership towards the customer until the "
            "issue is closed; shares what was learned."
        ),
        "strong_zh": (
            "交给对方的情况说明清楚完整，对方无需反复追问；约定好谁在什么时间之前做什么；坚持跟进但不指责；"
            "在问题彻底解决之前始终对客户负责；事后把经验分享出来。"
        ),
        "weak_en": (
            "Throws the case over the wall and waits; complains about the other team; the customer goes "
            "without updates; cannot say how the issue was finally closed."
        ),
        "weak_zh": "把问题往别的部门一扔就不管了；抱怨其他团队；客户长时间得不到任何消息；说不清问题最后是怎么解决的。",
    },
    {
        "code": "star-system-outage",
        "kind": "star",
        "formats": [*_SPOKEN],
        "competencies": ["stress_tolerance", "problem_solving", "communication"],
        "text_en": (
            "Describe a time a system went down or an emergency hit during your shift: an outage, a sudden "
            "wave of complaints, an urgent incident. What did you do in the first few minutes, and afterwards?"
        ),
        "text_zh": (
            "请讲一次你当班时遇到系统故障或突发状况的经历，比如系统宕机、投诉突然激增或紧急事件。最初几分钟你做了什么？"
            "之后又做了什么？"
        ),
        "guidance_en": (
            "Probe: How did you find out? Whom did you tell, and how quickly? What did you tell customers "
            "while the system was down? How did you keep records? What changed afterwards?"
        ),
        "guidance_zh": (
            "追问：你是怎么发现的？通知了谁，多快通知的？系统停用期间你是怎么跟客户说的？"
            "当时怎样做记录？事后有什么改进？"
        ),
        "strong_en": (
            "Stays composed; reports the problem quickly through the right channel; switches to a "
            "workaround such as manual records or a holding message; gives customers honest updates "
            "without promising what cannot be kept; takes part in the review afterwards."
        ),
        "strong_zh": (
            "临危不乱；第一时间按规定渠道上报；马上改用应急办法，例如手工登记、统一的安抚说明；"
            "如实告诉客户进展，不乱许诺；事后参与复盘。"
        ),
        "weak_en": (
            "Freezes or waits to be told what to do; gives customers wrong or made-up information; loses "
            "records; treats it as someone else's problem; draws no lessons afterwards."
        ),
        "weak_zh": "手足无措，或者干等别人安排；给客户错误甚至编造的信息；记录丢失；觉得事不关己；事后没有任何总结。",
    },
    {
        "code": "star-learn-fast",
        "kind": "star",
        "formats": [*_SPOKEN],
        "competencies": ["learning_agility", "systems"],
        "text_en": (
            "Tell me about a time you had to master a new product, policy, process or system in a short "
            "time. How did you go about it, and how soon could you work on your own?"
        ),
        "text_zh": "请讲一次你需要在短时间内掌握新产品、新政策、新流程或新系统的经历。你是怎么学的？多久能独立上手？",
        "guidance_en": (
            "Ask for the method, not only the result. Probe: What did you do first? What did you learn "
            "from? How did you check that you had understood? What mistakes did you make while learning? "
            "How long did it take?"
        ),
        "guidance_zh": (
            "重点问方法，而不只是结果。追问：你第一步做了什么？靠哪些资料或渠道学习？怎么检验自己真的学会了？"
            "学习过程中犯过什么错？前后花了多长时间？"
        ),
        "strong_en": (
            "Has a deliberate method: gets the overall picture, practises on real cases, asks targeted "
            "questions, keeps their own notes. Gives a concrete timeframe, checked their understanding and "
            "passed on what they learned."
        ),
        "strong_zh": (
            "有一套自己的学习方法：先了解全貌，再拿真实案例练手，有针对性地提问，整理自己的笔记。"
            "能说出具体用了多长时间，检验过学习效果，还把学到的东西分享给了同事。"
        ),
        "weak_en": (
            "Waited for formal training; kept asking others the same questions; vague about how long it "
            "took or what they actually learned."
        ),
        "weak_zh": "只等公司安排培训；同样的问题反复问别人；说不清花了多久，也说不清到底学会了什么。",
    },
    {
        "code": "star-proactive-service",
        "kind": "star",
        "formats": [*_SPOKEN],
        "competencies": ["proactive_service", "cx_orientation"],
        "text_en": (
            "Give me an example of a time you noticed that a customer was about to run into a problem, or "
            "needed something they had not asked for, and you acted before they asked."
        ),
        "text_zh": (
            "请举一个例子：你发现客户即将遇到麻烦，或者需要某样他还没提出的东西，于是在对方开口之前就主动做了些什么。"
        ),
        "guidance_en": (
            "Probe: What did you notice? Why did you decide to act? What did you do? How did the customer "
            "react? Did it change anything for other customers or for the team?"
        ),
        "guidance_zh": (
            "追问：你注意到了什么迹象？为什么决定主动去做？具体做了什么？客户有什么反应？"
            "这件事对其他客户或团队有没有带来改变？"
        ),
        "strong_en": (
            "Spots an unstated need or a risk from clues in the contact (order details, history, tone); "
            "offers relevant information or a solution unprompted; can point to a result such as fewer "
            "repeat contacts, praise or a repeat purchase; turns a one-off act into a habit or a team "
            "suggestion."
        ),
        "strong_zh": (
            "能从订单信息、历史记录、语气等线索中察觉客户没说出口的需求或潜在风险；主动提供相关信息或解决办法；"
            "能说出实际效果，比如重复来电减少、客户好评或再次购买；还把一次性的做法变成习惯或向团队提出建议。"
        ),
        "weak_en": (
            "Only ever answers exactly what was asked; has no example, or the 'proactive' step was part of "
            "the script anyway; pushes an extra sale that has nothing to do with the customer's need."
        ),
        "weak_zh": "只回答客户问到的内容；举不出例子，或者所谓的主动其实是话术里规定的步骤；推销与客户需求无关的产品。",
    },
    {
        "code": "star-knowledge-sharing",
        "kind": "star",
        "formats": [*_SPOKEN],
        "competencies": ["teamwork", "writing"],
        "text_en": (
            "Tell me about a time you turned something you learned from handling customers into material "
            "others could use: a knowledge-base article, a checklist, a change to a script or a short "
            "briefing."
        ),
        "text_zh": (
            "请讲一次你把处理客户问题时积累的经验整理成同事也能用的材料的经历，比如知识库文章、检查清单、"
            "话术修改或一次简短分享。"
        ),
        "guidance_en": (
            "Probe: What made it worth writing down? Who used it? How did you keep it up to date? Did it "
            "change anything measurable, such as repeat contacts or handling time?"
        ),
        "guidance_zh": (
            "追问：为什么觉得值得整理？谁用上了？后来怎么保持内容更新？有没有带来可以衡量的变化，"
            "比如重复来电或处理时长？"
        ),
        "strong_en": (
            "Shares on their own initiative; the material is clear and reusable; checks that colleagues "
            "actually use it; can point to an effect."
        ),
        "strong_zh": "主动分享，不等别人要求；材料清楚、拿来就能用；会确认同事是否真的在用；能说出带来的效果。",
        "weak_en": (
            "Keeps solutions to themselves or shares only when told to; cannot name anything they wrote or passed on."
        ),
        "weak_zh": "解决办法只留给自己，或者只有被要求时才分享；说不出自己写过或传授过什么。",
    },
    {
        "code": "star-keeping-composure",
        "kind": "star",
        "formats": [*_SPOKEN],
        "competencies": ["stress_tolerance"],
        "text_en": (
            "Tell me about a period when the pressure at work got to you: a long run of difficult contacts, "
            "a queue that never went down, or criticism you felt was unfair. How did you notice it, and what "
            "did you do to stay professional?"
        ),
        "text_zh": (
            "请讲一段工作压力让你有点扛不住的经历，比如连续接到难缠的客户、排队量一直降不下来，"
            "或者受到你认为不公平的批评。你是怎么察觉的？又是怎么保持职业状态的？"
        ),
        "guidance_en": (
            "This is about the candidate's own emotions, not the customer's. Keep to work: do not ask about "
            "health or private life. Probe: What were the warning signs? What did you do during the shift "
            "and after it? Whom did you turn to?"
        ),
        "guidance_zh": (
            "这道题考察的是候选人自己的情绪，而不是客户的情绪。只谈工作，不要问健康状况或私人生活。"
            "追问：有哪些征兆？当班时和下班后分别做了什么？向谁寻求过支持？"
        ),
        "strong_en": (
            "Is honest that it was hard; recognises their own signs of strain early; has concrete ways to "
            "recover, such as a short pause, asking a lead for help or a routine after work; customers did "
            "not feel the strain; learned something from it."
        ),
        "strong_zh": (
            "坦承当时确实不容易；能及早察觉自己的紧张信号；有具体的调节办法，比如短暂停顿、向组长求助、下班后的放松习惯；"
            "客户没有受到影响；从中有所收获。"
        ),
        "weak_en": (
            "Claims never to feel pressure; or describes snapping at customers or colleagues without "
            "reflection; puts all the blame on others; has no way of coping."
        ),
        "weak_zh": "声称自己从来没有压力；或者讲到对客户、同事发火却毫无反思；把责任全推给别人；没有任何应对办法。",
    },
    {
        "code": "star-feedback-improvement",
        "kind": "star",
        "formats": [*_SPOKEN],
        "competencies": ["cx_orientation", "quality_control"],
        "text_en": (
            "Tell me about a time customer feedback (a complaint, a low rating, a comment) made you change "
            "how you work. What did you change, and how did you know it helped?"
        ),
        "text_zh": "请讲一次客户的反馈（投诉、差评或一句意见）让你改变工作方式的经历。你改了什么？怎么知道改得有效？",
        "guidance_en": (
            "Probe: How did you react when you first read it? Was the change only for you, or did the team adopt it?"
        ),
        "guidance_zh": "追问：第一次看到这条反馈时你是什么反应？这个改变只是你自己做，还是团队也采纳了？",
        "strong_en": (
            "Takes feedback seriously rather than defensively; understands that service decides whether "
            "customers stay and what they tell others; makes a specific change, checks its effect and may "
            "propose a process improvement."
        ),
        "strong_zh": (
            "认真对待反馈，而不是急于辩解；明白服务好坏决定客户会不会留下、会怎样向别人评价我们；"
            "做出了具体的改变，检验了效果，还可能提出流程上的改进建议。"
        ),
        "weak_en": (
            "Treats complaints as the customer's problem; cannot name a change; or changed something only "
            "because a supervisor ordered it."
        ),
        "weak_zh": "认为投诉是客户自己的问题；说不出做过什么改变；或者只是因为主管要求才改的。",
    },
    {
        "code": "star-coaching-colleague",
        "kind": "star",
        "formats": [*_SPOKEN],
        "competencies": ["leadership", "quality_control", "teamwork"],
        "text_en": (
            "Tell me about a time you helped a newer or struggling colleague improve the quality of their "
            "service. What did you notice, what did you do, and what changed?"
        ),
        "text_zh": (
            "请讲一次你帮助新同事或遇到困难的同事提升服务质量的经历。你发现了什么问题？做了什么？后来有什么变化？"
        ),
        "guidance_en": (
            "Mainly for senior agents and supervisor roles. Probe: How did you spot the problem (listening "
            "to calls, reading tickets, quality scores)? How did you give the feedback? How did you follow up?"
        ),
        "guidance_zh": (
            "主要用于资深客服和主管岗位。追问：你是怎么发现问题的（听录音、看工单、质检分数）？"
            "反馈是怎么给的？之后怎么跟进？"
        ),
        "strong_en": (
            "Bases feedback on evidence such as recordings, tickets or quality scores; gives specific, "
            "respectful feedback and demonstrates the better way; agrees goals with the colleague; follows "
            "up and can show the improvement."
        ),
        "strong_zh": (
            "以录音、工单、质检分数等事实为依据；反馈具体且尊重对方，并亲自示范好的做法；和同事一起定下目标；"
            "持续跟进，能拿出改进的证据。"
        ),
        "weak_en": (
            "Simply takes over the colleague's work or reports them to the manager; feedback is vague or "
            "personal; no follow-up."
        ),
        "weak_zh": "直接替同事把活干了，或者只向上级告状；反馈含糊或者针对个人；没有后续跟进。",
    },
    # --- interview questions -----------------------------------------------------------------------
    {
        "code": "question-service-metrics",
        "kind": "question",
        "formats": [*_SPOKEN],
        "competencies": ["data_awareness", "quality_control"],
        "text_en": (
            "Which figures were used to measure your service in your last job, for example first response "
            "time, resolution rate or satisfaction scores? Pick one: what did it tell you, and what did you "
            "do differently because of it?"
        ),
        "text_zh": (
            "上一份工作用哪些数据来衡量你的服务，比如首次响应时长、问题解决率、满意度？挑一个说说：它反映了什么问题？"
            "你因此做了哪些调整？"
        ),
        "guidance_en": (
            "If the candidate has not worked with figures, give them this instead: this month the average "
            "handling time fell, but more customers had to contact us a second time about the same issue. "
            "What might explain it, and what would you look at?"
        ),
        "guidance_zh": (
            "如果候选人没接触过服务数据，可以改问：本月平均处理时长下降了，但因同一问题再次来联系我们的客户变多了。"
            "可能是什么原因？你会去查看哪些情况？"
        ),
        "strong_en": (
            "Knows what the usual measures mean and how they can mislead; links a figure to behaviour; sees "
            "that a shorter handling time can hide unsolved problems; suggests what to check next."
        ),
        "strong_zh": (
            "清楚常见指标的含义，也知道它们可能造成误导；能把数据和具体行为联系起来；看得出处理时长缩短可能掩盖了问题没解决；"
            "能提出下一步该查什么。"
        ),
        "weak_en": (
            "Does not know how their work was measured; sees figures only as targets to hit; assumes faster "
            "is always better."
        ),
        "weak_zh": "不知道自己的工作是怎么被考核的；只把数据当作要完成的指标；认为越快越好。",
    },
    {
        "code": "question-room-of-strangers",
        "kind": "question",
        "formats": [*_SPOKEN],
        "competencies": ["communication", "proactive_service"],
        "text_en": "You walk into a room where you don't know anyone. How do you feel, and what do you usually do?",
        "text_zh": "当你走进一个满是陌生人的房间时，你有什么感受？通常会怎么做？",
        "guidance_en": (
            "There is no right personality here. Listen for how readily the candidate makes contact with "
            "people they do not know, which is most of the job. Follow up: What happened the last time?"
        ),
        "guidance_zh": (
            "这道题没有标准性格。关注候选人能不能自然地与陌生人建立联系，因为这正是客服每天的工作。追问："
            "最近一次遇到这种情况时发生了什么？"
        ),
        "strong_en": (
            "Describes taking the first step naturally (greeting people, introducing themselves, finding "
            "something in common), or admits feeling awkward but has a way past it; shows interest in others."
        ),
        "strong_zh": (
            "会自然地迈出第一步，比如打招呼、自我介绍、找共同话题；或者坦言会有些拘谨，但有办法克服；对别人抱有兴趣。"
        ),
        "weak_en": (
            "Waits for others to approach and stays withdrawn, with no way of handling it; shows little interest in "
            "others."
        ),
        "weak_zh": "只等别人来搭话，自己一直躲在一边，也没有应对办法；对别人缺乏兴趣。",
    },
    {
        "code": "question-proudest-achievement",
        "kind": "question",
        "formats": [*_SPOKEN],
        "competencies": ["ethics", "communication"],
        "text_en": (
            "What are you proudest of having done? It can come from work, study or any other part of your "
            "life you are happy to talk about."
        ),
        "text_zh": "你做过的事情里，最让你自豪的是什么？可以来自工作、学习，或者生活中你愿意分享的任何方面。",
        "guidance_en": (
            "Let the candidate choose the example. Probe: Why that one? What was your own part in it? "
            "Listen for what the candidate values."
        ),
        "guidance_zh": "由候选人自己选例子。追问：为什么是这件事？你自己在其中做了什么？留意候选人看重的是什么。",
        "strong_en": (
            "A clear, concrete story with their own contribution; the pride comes from effort, helping "
            "others or keeping a commitment; explains why it matters to them."
        ),
        "strong_zh": (
            "故事清楚具体，能讲出自己的贡献；自豪感来自付出的努力、对别人的帮助或信守的承诺；"
            "能说明这件事为什么对自己重要。"
        ),
        "weak_en": (
            "Cannot name anything, or only things that happened to them without their effort; the story is "
            "vague or takes credit for others' work."
        ),
        "weak_zh": "什么也说不出来，或者说的都是不靠自己努力得来的东西；故事含糊，或者把别人的功劳说成自己的。",
    },
    {
        "code": "question-what-matters-most",
        "kind": "question",
        "formats": [*_SPOKEN],
        "competencies": ["communication", "empathy", "cx_orientation"],
        "text_en": "When you are talking with a customer, what do you think matters most, and why?",
        "text_zh": "和客户沟通时，你认为最重要的是什么？为什么？",
        "guidance_en": "Ask for an example that shows the answer in practice.",
        "guidance_zh": "请候选人举一个例子，说明自己实际是怎么做的。",
        "strong_en": (
            "The answer centres on the customer: listening until they feel understood, getting to an "
            "accurate answer, being honest about what can and cannot be done; backed by an example."
        ),
        "strong_zh": (
            "回答以客户为中心：认真倾听，让客户觉得被理解；给出准确的答复；坦诚说明能做什么、不能做什么；并有实例支撑。"
        ),
        "weak_en": (
            "Stock phrases ('be polite', 'always smile') with nothing behind them; or the answer is about "
            "finishing quickly or following the script."
        ),
        "weak_zh": "只有“要有礼貌”“要微笑”之类的套话，说不出实际内容；或者重点是尽快结束通话、按话术走完流程。",
    },
    {
        "code": "question-variety-or-routine",
        "kind": "question",
        "formats": [*_SPOKEN],
        "competencies": ["stress_tolerance", "quality_control"],
        "text_en": "Would you rather do something different every day, or the same thing every day? Why?",
        "text_zh": "每天做不一样的事，和每天做同样的事，你更愿意选哪一种？为什么？",
        "guidance_en": (
            "Much of the job means having similar conversations again and again. Neither answer is wrong in "
            "itself; probe how the candidate stays careful and friendly when the work repeats: Tell me about "
            "a stretch of repetitive work you did. How did you keep the quality up?"
        ),
        "guidance_zh": (
            "客服工作中很多对话是重复的。两种选择本身都没有对错，要追问候选人在重复工作中如何保持细致和热情："
            "请讲一段你做重复性工作的经历，你是怎么保证质量不下滑的？"
        ),
        "strong_en": (
            "Honest about their preference and realistic about how much routine the role involves; has "
            "concrete ways to keep attention and warmth in repetitive work, such as small goals or treating "
            "each customer as a new person."
        ),
        "strong_zh": (
            "坦诚说出自己的偏好，对岗位的重复性有现实的认识；有具体办法在重复工作中保持专注和热情，比如给自己定小目标、"
            "把每位客户都当作新的开始。"
        ),
        "weak_en": (
            "Says they need constant novelty and get bored quickly, with no way of coping; or claims to love "
            "routine but cannot show they kept the quality up."
        ),
        "weak_zh": "表示离不开新鲜感、很快就会厌倦，又没有应对办法；或者声称喜欢重复工作，却说不出怎样保证质量。",
    },
    {
        "code": "question-same-question-many-customers",
        "kind": "question",
        "formats": [*_SPOKEN],
        "competencies": ["empathy", "stress_tolerance", "proactive_service"],
        "text_en": (
            "Twenty-five customers are waiting, and every one of them wants to ask you the same question. "
            "How do you make each of them feel that you are glad to help?"
        ),
        "text_zh": "有25位客户在排队，每个人要问的都是同一个问题。你怎样让每一位都感到你乐意为他服务？",
        "guidance_en": "Follow up: And what would you do so that the next twenty-five do not need to ask?",
        "guidance_zh": "追问：那你会做些什么，让后面的客户不必再来问同样的问题？",
        "strong_en": (
            "Remembers that each customer is hearing the answer for the first time; greets each one "
            "personally and keeps the tone fresh; adapts the answer to the person; also reports the recurring "
            "question or suggests a notice or FAQ so the cause gets fixed."
        ),
        "strong_zh": (
            "记得对每位客户来说这都是第一次听到答案；逐一打招呼，语气始终新鲜；根据不同的人调整说法；"
            "同时把这个高频问题反馈上去，或建议发布通知、常见问题说明，从源头上解决。"
        ),
        "weak_en": (
            "Admits they would sound impatient or repeat a script mechanically; or would answer everyone at "
            "once in a way that feels dismissive; ignores why the question keeps coming."
        ),
        "weak_zh": (
            "承认自己会不耐烦，或者机械地重复同一段话；或者一次性对所有人喊一遍了事，让人觉得被敷衍；"
            "不去想这个问题为什么反复出现。"
        ),
    },
    {
        "code": "question-sacrifice",
        "kind": "question",
        "formats": [*_SPOKEN],
        "competencies": ["ethics", "teamwork"],
        "text_en": (
            "Tell me about a time you gave up something that mattered to you (time, an opportunity, your own "
            "convenience) so that someone else or your team could succeed."
        ),
        "text_zh": "请讲一次你为了别人或团队能够成功，而放弃了对自己重要的东西（时间、机会或个人便利）的经历。",
        "guidance_en": (
            "This looks for a willingness to serve others. Let the candidate choose an example from work, "
            "study or volunteering, and value a work example as much as a personal one. Do not probe family, "
            "health, religion or other private matters."
        ),
        "guidance_zh": (
            "这道题考察的是乐于为他人付出的意愿。让候选人自己从工作、学习或志愿服务中选例子，工作中的例子与个人经历同样有效。"
            "不要追问家庭、健康、宗教信仰等私人情况。"
        ),
        "strong_en": (
            "A genuine example of a reasonable size; gave willingly and without resentment; explains why it "
            "was worth it."
        ),
        "strong_zh": "例子真实、分寸恰当；付出是心甘情愿的，没有怨气；能说清楚为什么值得。",
        "weak_en": (
            "Cannot think of any time they put others first; or the example is really about their own gain; "
            "or tells it with bitterness."
        ),
        "weak_zh": "想不出任何把别人放在前面的经历；或者所举的例子其实是为了自己得利；或者讲起来满腹怨气。",
    },
    {
        "code": "question-peak-planning",
        "kind": "question",
        "formats": [*_SPOKEN],
        "competencies": ["planning", "leadership", "data_awareness"],
        "text_en": (
            "A promotion next Monday is expected to double the number of customer contacts. You lead a team "
            "of eight. How do you prepare, and what do you watch on the day?"
        ),
        "text_zh": (
            "下周一有一场促销活动，预计客户咨询量会翻一倍。你带着一个8人团队，会怎么提前准备？当天重点盯哪些情况？"
        ),
        "guidance_en": (
            "For supervisor roles. Probe: Where would your forecast come from? What would you do if the "
            "queue grew faster than planned? How would you protect the team from burning out?"
        ),
        "guidance_zh": "用于主管岗位。追问：你的预估依据是什么？如果排队量涨得比预期快怎么办？怎样避免团队被压垮？",
        "strong_en": (
            "Uses past data to estimate volume; plans shifts, breaks and backup; prepares standard answers "
            "and briefs the team before the day; sets up escalation and a fallback; monitors the queue and "
            "adjusts; reviews afterwards."
        ),
        "strong_zh": (
            "参考历史数据估算咨询量；安排好班次、休息和后备人手；提前准备统一答复口径并给团队做好说明；"
            "设好升级渠道和应急预案；当天盯住排队情况随时调整；活动结束后复盘。"
        ),
        "weak_en": (
            "Relies on everyone working harder; no forecast, no schedule, no fallback; thinks only about the day "
            "itself."
        ),
        "weak_zh": "只寄希望于大家多加把劲；没有预估、没有排班、没有预案；只考虑当天，不做事前准备和事后总结。",
    },
    # --- the patience task -------------------------------------------------------------------------
    {
        "code": "patience-repetitive-folding",
        "kind": "patience_task",
        "formats": ["patience_task", "group", "on_site"],
        "competencies": ["stress_tolerance", "quality_control"],
        "text_en": (
            "Give the candidate a stack of 200 paper napkins (or sheets of paper), show once how to fold one, "
            "and ask them to fold the whole stack the same way. Several candidates can do it in the same "
            "room at once."
        ),
        "text_zh": (
            "发给候选人一叠200张餐巾纸（或纸张），示范一次折法，请他们按同样的方法把整叠纸全部折完。"
            "可以让多名候选人在同一间屋里同时进行。"
        ),
        "guidance_en": (
            "Give the instruction plainly; do not announce it as a patience test. Watch quietly without "
            "hurrying anyone. Note how pace and neatness change from the first folds to the last, signs of "
            "irritation (sighing, complaining, giving up) and whether they check their work. Allow about "
            "30 minutes and record rather than stop. Offer an equivalent repetitive task, such as sorting "
            "cards, to a candidate who cannot fold by hand."
        ),
        "guidance_zh": (
            "只交代任务，不要说明这是耐心测试。安静观察，不催促。记录从最初到最后折纸的速度和整齐程度有何变化，"
            "有没有叹气、抱怨、放弃等不耐烦的表现，以及是否会检查自己折的纸。时间约30分钟，只记录、不叫停。"
            "对无法用手折纸的候选人，可换成分拣卡片等同样重复的任务。"
        ),
        "strong_en": (
            "Works steadily to the end; the last folds are as neat as the first; stays calm and pleasant; "
            "may find a quicker way while keeping to the standard."
        ),
        "strong_zh": "始终稳定地做到最后；最后几张和最初几张一样整齐；情绪平和友善；可能找到更快的方法，但不降低标准。",
        "weak_en": (
            "Slows down, gets sloppy or cuts corners; visible irritation; stops before finishing or asks to "
            "leave; complains that the task is pointless."
        ),
        "weak_zh": "越做越慢、越做越马虎，或者偷工减料；明显不耐烦；没做完就停下或要求离开；抱怨这项任务毫无意义。",
    },
    # --- staged role-plays -------------------------------------------------------------------------
    {
        "code": "roleplay-helpfulness",
        "kind": "role_play",
        "formats": ["role_play", "on_site"],
        "competencies": ["proactive_service", "empathy", "communication"],
        "text_en": (
            'In a one-to-one interview, the interviewer asks a few easy questions, says "Please wait a '
            'moment" and leaves the room. A colleague from another department whom the candidate has not '
            'met then comes in and asks something the candidate cannot know, such as "Where is the '
            'technical department?" or "Where is the finance office?"'
        ),
        "text_zh": (
            "一对一面试中，面试官先问几个简单问题，说一句“请稍等”便离开房间。随后安排一位候选人不认识的其他部门同事进来，"
            "问一些候选人不可能知道的问题，比如“请问技术部在哪儿？”“财务室怎么走？”"
        ),
        "guidance_en": (
            "Brief the colleague beforehand to ask naturally and not push. They note the candidate's reply "
            'word for word. A curt "don\'t know" is the weakest reply, a polite apology is average, an offer '
            "to help find out is the strongest. Tell the candidate after the interview that the visit was "
            "part of the assessment."
        ),
        "guidance_zh": (
            "事先交代这位同事自然地提问，不要纠缠，并逐字记下候选人的回答。冷冰冰的一句“不知道”最弱，"
            "礼貌地道歉说明属于中等，主动提出帮忙打听最好。面试结束后告诉候选人，这次来访是考核的一部分。"
        ),
        "strong_en": (
            "Responds warmly, explains that they are here for an interview and do not know, and offers to "
            "help: suggests who might know, or goes to ask."
        ),
        "strong_zh": "热情回应，说明自己是来面试的、不太清楚，并主动提出帮忙：告诉对方可以问谁，或者亲自去帮忙问一问。",
        "weak_en": (
            'Ignores the visitor or mutters "don\'t know" without looking up; shows annoyance at being interrupted.'
        ),
        "weak_zh": "不理睬来人，或者头也不抬地说一句“不知道”；对被打扰流露出不耐烦。",
    },
    {
        "code": "roleplay-persistent-visitor",
        "kind": "role_play",
        "formats": ["role_play", "on_site"],
        "competencies": ["stress_tolerance", "empathy", "ethics"],
        "text_en": (
            "While the candidate is still waiting, a second helper comes in posing as another candidate who "
            "is looking for the interviewer. They keep asking: where has the interviewer gone, when did they "
            "leave, when will they be back? Then they pull up a chair next to the candidate and keep up a "
            'stream of questions, such as "So what are you here for?"'
        ),
        "text_zh": (
            "候选人继续等候时，再安排一人假扮另一位应聘者进来找面试官，不停地追问：面试官去哪儿了？什么时候出去的？"
            "什么时候回来？接着搬把椅子坐到候选人旁边，问个没完，比如“你是来应聘什么的？”"
        ),
        "guidance_en": (
            "The helper plays a mildly tiresome, insistent person for about five minutes, never rude or "
            "hostile. Observe whether the candidate stays patient and friendly towards someone who appears "
            "to be a rival for the job, and whether they pass on what they know (the interviewer stepped out "
            "and should be back soon). Tell the candidate afterwards that this was staged."
        ),
        "guidance_zh": (
            "扮演者要表现得有点烦人、纠缠不休，持续约五分钟，但不能无礼或带敌意。观察候选人面对一个看似的竞争对手时，"
            "能否保持耐心和友好，是否如实告诉对方自己知道的情况（面试官刚出去，应该很快回来）。结束后告诉候选人这是安排好的情景。"
        ),
        "strong_en": (
            "Stays courteous through the repeated questions; shares useful information honestly; is friendly "
            "to the apparent rival; if needed, sets a polite limit without sharpness."
        ),
        "strong_zh": (
            "面对反复追问始终礼貌；如实提供有用的信息；对看似的竞争对手也友好相待；必要时能客气地划定界限，语气不生硬。"
        ),
        "weak_en": (
            "Becomes curt or sarcastic; ignores the visitor; or uses little tricks, such as misleading the "
            "supposed rival, which signal someone hard to manage at work."
        ),
        "weak_zh": (
            "变得冷淡甚至冷嘲热讽；干脆不理对方；或者耍小聪明，比如故意误导这位“对手”。这类人在工作中往往不好管理。"
        ),
    },
    # --- scenario simulations ----------------------------------------------------------------------
    {
        "code": "scenario-angry-customer",
        "kind": "scenario",
        "formats": [*_SIMULATED],
        "competencies": ["empathy", "stress_tolerance", "communication", "problem_solving"],
        "text_en": (
            "The interviewer plays an angry customer: an order promised for Monday has not arrived, this is "
            "the third time they have had to get in touch, and they demand a full refund right now and "
            "threaten to post a bad review. The candidate handles the conversation as the agent."
        ),
        "text_zh": (
            "面试官扮演一位怒气冲冲的客户：说好周一送到的订单至今没到，这已经是第三次联系客服了，"
            "要求立刻全额退款，还扬言要发差评。候选人以客服身份处理这通对话。"
        ),
        "guidance_en": (
            "Give the candidate a short fact sheet first: the parcel is held up at the warehouse and will "
            "arrive in two days; a refund is possible if the order is cancelled before dispatch or returned; "
            "the agent may offer a shipping voucher. Start loud and interrupt; calm down only when the "
            "candidate genuinely acknowledges your frustration. Run for five to eight minutes."
        ),
        "guidance_zh": (
            "先给候选人一份简要情况说明：包裹滞留在仓库，预计两天后送达；发货前取消或收货后退回均可退款；"
            "客服有权赠送一张运费券。开场语气激烈并频繁打断，只有当候选人真正体谅到你的不满时才逐渐缓和。时长五到八分钟。"
        ),
        "strong_en": (
            "Lets the customer vent; acknowledges the frustration and the repeated contacts in their own "
            "words; apologises without blaming colleagues; checks the facts; offers realistic options within "
            "policy; commits to a concrete next step and time; stays steady when interrupted."
        ),
        "strong_zh": (
            "让客户把火发出来；用自己的话体谅客户的不满和多次联系的麻烦；道歉但不把责任推给同事；核实情况；"
            "在规定范围内给出切实可行的选择；承诺明确的下一步和时间；被打断时依然沉稳。"
        ),
        "weak_en": (
            "Interrupts or argues; defends the company; recites policy mechanically; promises things outside "
            "policy just to end the call; becomes flustered or cold; never reaches a solution."
        ),
        "weak_zh": (
            "打断客户或与之争辩；一味替公司辩护；机械地背规定；为了尽快挂电话而做出超出规定的承诺；慌乱或冷淡；"
            "始终拿不出解决方案。"
        ),
    },
    {
        "code": "scenario-confused-customer",
        "kind": "scenario",
        "formats": [*_SIMULATED],
        "competencies": ["communication", "empathy", "problem_solving"],
        "text_en": (
            "The interviewer plays a confused customer who is not confident with technology: they have had a "
            "text message saying their account will be suspended, do not know whether it is genuine, and "
            "cannot find where to check in the app. They give details in a muddled order and misunderstand "
            "the terms the agent uses."
        ),
        "text_zh": (
            "面试官扮演一位一头雾水、不太会用手机应用的客户：收到一条短信说账户将被停用，不知道是真是假，"
            "在应用里也找不到查看的地方。说话颠三倒四，还常常听不懂客服用的术语。"
        ),
        "guidance_en": (
            "Fact sheet for the candidate: the company never asks for passwords or codes by text message, and "
            "the customer's account is in good standing. Answer questions vaguely at first and describe the "
            'screen in your own words ("the little picture at the top"); if the candidate uses jargon, get '
            "more confused. Run for five to eight minutes."
        ),
        "guidance_zh": (
            "给候选人的情况说明：公司从不通过短信索要密码或验证码，该客户账户一切正常。扮演时起初回答含糊，"
            "用自己的话描述屏幕（“上面那个小图标”）；候选人一用术语就表现得更糊涂。时长五到八分钟。"
        ),
        "strong_en": (
            "Patient; slows down; asks simple questions one at a time; avoids jargon; checks understanding "
            "after each step; reassures the customer and warns about scam messages without making them feel "
            "foolish; sums up at the end."
        ),
        "strong_zh": (
            "耐心，放慢语速；一次只问一个简单问题；不用术语；每一步都确认客户听懂了；安抚客户情绪，"
            "提醒对方警惕诈骗短信，又不让对方觉得自己笨；最后做简要总结。"
        ),
        "weak_en": (
            "Talks fast; uses jargon; shows impatience or condescension; gives several steps at once; does "
            "not check understanding; misses the likely scam."
        ),
        "weak_zh": (
            "语速快，满口术语；流露出不耐烦或居高临下；一口气交代好几个步骤；不确认客户是否听懂；"
            "没有意识到这可能是诈骗短信。"
        ),
    },
    {
        "code": "scenario-complex-enquiry",
        "kind": "scenario",
        "formats": [*_SIMULATED],
        "competencies": ["problem_solving", "industry_knowledge", "communication"],
        "text_en": (
            "A business customer asks, in one long message, why their invoice has gone up, whether they can "
            "move some users to a cheaper plan in the middle of the month, and what that means for those "
            "users' data. The candidate replies live, by chat or by voice, using a one-page sheet on plans "
            "and billing."
        ),
        "text_zh": (
            "一位企业客户在一条长消息里同时问了三件事：账单为什么涨了？月中能不能把部分用户换到更便宜的套餐？"
            "换了之后这些用户的数据会怎样？候选人参考一页套餐与计费说明，通过在线文字或语音现场答复。"
        ),
        "guidance_en": (
            "Leave one point deliberately unanswered by the sheet, to see whether the candidate says they "
            "will check rather than guess. Adapt the sheet to the industry of the role."
        ),
        "guidance_zh": (
            "说明材料里故意留一个问题查不到答案，看候选人会不会说“我核实后回复您”，而不是凭猜测回答。"
            "可按岗位所在行业调整材料内容。"
        ),
        "strong_en": (
            "Separates the three questions and answers each accurately from the sheet; says openly what needs "
            "checking and when they will come back; confirms which matter is most urgent for the customer."
        ),
        "strong_zh": (
            "把三个问题分开，逐一根据材料准确作答；坦诚说明哪一点需要核实、何时回复；并确认客户最着急的是哪件事。"
        ),
        "weak_en": (
            "Answers only part of it or mixes the questions up; guesses at what the sheet does not say; "
            "buries the customer in unstructured detail."
        ),
        "weak_zh": "只答了一部分，或者把几个问题混在一起；材料里没有的内容靠猜；堆砌大量细节却没有条理，让客户更糊涂。",
    },
    {
        "code": "scenario-simplified-system",
        "kind": "scenario",
        "formats": ["scenario_simulation", "video", "on_site"],
        "competencies": ["learning_agility", "systems"],
        "text_en": (
            "Give the candidate a simplified version of the ticketing or CRM system, a one-page guide and ten "
            "minutes to explore it. Then ask them to handle three sample tickets: find a customer's record, "
            "log a contact, and route a case to the right queue."
        ),
        "text_zh": (
            "给候选人一套简化版的工单或客户关系管理系统、一页操作说明，以及十分钟自行熟悉的时间。"
            "然后请他处理三张样例工单：查到一位客户的资料、登记一次来电、把一个问题转到正确的处理队列。"
        ),
        "guidance_en": (
            "Use invented training data only, never real customer records. Do not help during the ten "
            "minutes; note the questions the candidate asks. Score accuracy and independence, not speed alone."
        ),
        "guidance_zh": (
            "只用虚构的培训数据，绝不使用真实客户资料。熟悉系统的十分钟内不提供帮助，记下候选人提了哪些问题。"
            "评分看准确性和独立程度，不只看速度。"
        ),
        "strong_en": (
            "Explores methodically and uses the guide; completes the tickets with the right fields and "
            "routing; asks focused questions; notices and corrects their own mistakes."
        ),
        "strong_zh": "有条理地摸索系统，会利用说明；工单字段填写正确、转派准确；提问有针对性；能发现并改正自己的错误。",
        "weak_en": (
            "Clicks around at random; needs step-by-step help; enters incomplete or wrong data; guesses the routing."
        ),
        "weak_zh": "到处乱点；需要别人一步一步带着操作；录入的信息不全或有错；转派全靠猜。",
    },
    {
        "code": "scenario-written-complaint-reply",
        "kind": "scenario",
        "formats": ["scenario_simulation", "video", "on_site"],
        "competencies": ["writing", "empathy", "problem_solving"],
        "text_en": (
            "Give the candidate a customer's complaint email about a damaged parcel, together with an earlier "
            "reply from the company that did not help, and the relevant policy. Ask them to write the reply "
            "within fifteen minutes."
        ),
        "text_zh": (
            "给候选人一封关于包裹破损的客户投诉邮件，附上公司之前一封没能解决问题的回复和相关政策，"
            "请他在十五分钟内写好回信。"
        ),
        "guidance_en": (
            "Score tone, accuracy against the policy, clarity, structure, the next step offered, and spelling "
            "and grammar. Our standard is a reply within 24 hours, in plain language without internal "
            "jargon."
        ),
        "guidance_zh": (
            "从语气、是否符合政策、清晰度、结构、给出的下一步以及错别字和语法几方面评分。我们的标准是24小时内回复，"
            "用通俗的语言，不用内部术语。"
        ),
        "strong_en": (
            "Acknowledges the problem and the unhelpful earlier reply; explains in plain words what will "
            "happen and when; applies the policy correctly; well organised and free of errors; courteous close."
        ),
        "strong_zh": (
            "承认问题，也承认之前的回复没帮上忙；用通俗的话说明接下来会怎么处理、什么时候完成；政策运用正确；条理清楚、"
            "没有错误；结尾礼貌得体。"
        ),
        "weak_en": (
            "Reads like a template or sounds defensive; full of jargon; commitments are wrong or vague; "
            "errors; no next step."
        ),
        "weak_zh": "像套模板，或者语气带着辩解；满篇术语；承诺有误或含糊其辞；有错别字；没有说明下一步。",
    },
    {
        "code": "scenario-privacy-request",
        "kind": "scenario",
        "formats": [*_SIMULATED],
        "competencies": ["ethics", "professional_knowledge", "communication"],
        "text_en": (
            "The interviewer plays a caller who says they are a relative of the account holder and wants the "
            "delivery address and the items on the last order. When asked to verify, they push: \"It's my "
            "mother's account, I'm only helping her.\""
        ),
        "text_zh": (
            "面试官扮演一位来电者，自称是账户持有人的家人，想查询最近一笔订单的收货地址和商品明细。被要求核实身份时，"
            "对方开始施压：“这是我妈的账户，我只是帮她查一下。”"
        ),
        "guidance_en": (
            "Tell the candidate the verification rule beforehand: order details go only to the account holder "
            "or a person they have authorised. Push twice more, once with impatience and once with a plausible "
            "story."
        ),
        "guidance_zh": (
            "事先告诉候选人核实规则：订单信息只能告知账户本人或经其授权的人。扮演时再施压两次，一次表现得不耐烦，"
            "一次编一个听起来合情合理的理由。"
        ),
        "strong_en": (
            "Stays friendly but discloses nothing until identity is verified; explains that the rule protects "
            "the customer; offers legitimate routes such as the account holder calling or adding an authorised "
            "person; does not give way under pressure."
        ),
        "strong_zh": (
            "态度友好，但在身份核实之前不透露任何信息；解释这条规定是为了保护客户；提供正当的办法，"
            "比如请账户本人来电或添加授权联系人；在压力下不松口。"
        ),
        "weak_en": (
            "Gives the information away to be helpful or to stop the pressure; or refuses curtly without "
            "explaining or offering an alternative."
        ),
        "weak_zh": "为了显得热心或摆脱纠缠而泄露信息；或者生硬地拒绝，既不解释也不提供其他办法。",
    },
    {
        "code": "scenario-second-language",
        "kind": "scenario",
        "formats": [*_SIMULATED],
        "competencies": ["language", "communication", "empathy"],
        "text_en": (
            "Switch to English, or to the other working language the role requires, and explain our returns "
            "policy to a customer who is unhappy that the return window has closed."
        ),
        "text_zh": "请切换到英语（或岗位要求的另一种工作语言），向一位因退货期限已过而不满的客户解释我们的退货政策。",
        "guidance_en": (
            "Give the candidate a short summary of the policy in Chinese first, so the exercise tests the "
            "language and not memory. Run for three to five minutes; ask one follow-up question the candidate "
            "has not prepared for."
        ),
        "guidance_zh": (
            "先用中文给候选人一份简短的政策摘要，让这道题考的是语言而不是记忆。时长三到五分钟，"
            "并追加一个候选人没有准备过的问题。"
        ),
        "strong_en": (
            "Explains the policy clearly and accurately in the second language; keeps a friendly, "
            "understanding tone; handles the unexpected question without switching back."
        ),
        "strong_zh": "用第二语言清楚准确地解释政策；语气友善、体谅客户；遇到意料之外的追问也能应对，不需要换回中文。",
        "weak_en": (
            "Struggles to make the policy understood; long pauses or frequent errors that change the meaning; "
            "switches back to Chinese; sounds curt because of limited vocabulary."
        ),
        "weak_zh": "很难把政策讲明白；长时间停顿，或频繁出现影响意思的错误；中途改回中文；因为词汇有限而显得生硬。",
    },
    {
        "code": "scenario-group-prioritise",
        "kind": "scenario",
        "formats": ["group", "on_site"],
        "competencies": ["teamwork", "problem_solving", "planning", "communication"],
        "text_en": (
            "Four to six candidates receive the same list of eight customer issues from a busy morning, "
            "including a payment taken twice, a possible leak of personal data, a late delivery and a question "
            "about opening hours. In twenty minutes they must agree, as a group, on the order in which to "
            "handle them and who needs to be involved."
        ),
        "text_zh": (
            "四到六名候选人拿到同一份清单，上面是一个忙碌上午积压的八个客户问题，其中有重复扣款、疑似个人信息泄露、"
            "送货延迟，以及询问营业时间等。大家要在二十分钟内共同商定处理顺序，以及每件事需要哪些人参与。"
        ),
        "guidance_en": (
            "Each observer watches two candidates and does not intervene. Note who listens, who builds on "
            "others' ideas, who keeps the group to time, and how disagreements are settled."
        ),
        "guidance_zh": (
            "每位观察员负责两名候选人，全程不介入。记录谁在倾听、谁能在别人想法的基础上补充、谁提醒大家把握时间，"
            "以及分歧是怎么解决的。"
        ),
        "strong_en": (
            "Gives clear reasons about urgency and impact (money, security, how many customers are "
            "affected); listens and builds on others; helps the group decide in time without dominating."
        ),
        "strong_zh": (
            "从紧急程度和影响面（涉及钱款、安全、受影响客户多少）讲清理由；倾听并补充别人的观点；帮助小组按时达成一致，"
            "但不独断专行。"
        ),
        "weak_en": (
            "Stays silent or takes over; dismisses others; argues for their own order without reasons; loses "
            "track of time; forgets the effect on customers."
        ),
        "weak_zh": "一言不发或者独揽话语权；不尊重别人的意见；坚持自己的排序却说不出理由；不顾时间；忽略对客户的影响。",
    },
]


# --- behavioural anchors for the 1-5 scorecard rating -------------------------------------------------

ANCHORS: dict[str, dict[int, tuple[str, str]]] = {
    "language": {
        1: (
            "Hard to follow in the working language: frequent errors, long hesitations or misunderstands the "
            "customer; cannot switch to a required second language.",
            "使用工作语言很吃力：错误多、停顿长，或者听不懂客户的意思；无法按岗位要求切换到第二语言。",
        ),
        3: (
            "Clear standard Mandarin, and a usable second language where required, for routine matters; some "
            "errors or searching for words on unfamiliar or tense topics, but the meaning gets across.",
            "处理日常事务时普通话标准清楚，岗位需要的第二语言也能应付；遇到陌生或紧张的话题时会出错或想词，但意思能表达清楚。",
        ),
        5: (
            "Fluent and natural in every required language, including under pressure; adjusts register and "
            "wording to the customer; few errors in speech or writing.",
            "各种要求的语言都流利自然，压力下也不走样；能根据客户调整语气和措辞；说和写都很少出错。",
        ),
    },
    "systems": {
        1: (
            "Needs step-by-step help with office software and the ticketing or CRM system; enters incomplete "
            "or wrong data.",
            "使用办公软件和工单、客户关系管理系统都需要别人手把手教；录入的信息不全或有错。",
        ),
        3: (
            "Uses office software and the main service system correctly for routine tasks; needs help with "
            "less common functions; records are mostly complete.",
            "日常工作中能正确使用办公软件和主要的客服系统；不常用的功能需要帮助；记录基本完整。",
        ),
        5: (
            "Works quickly and accurately across systems, channels and tools, including smart-service "
            "assistants; keeps records complete and helps colleagues use the tools.",
            "在各类系统、渠道和工具（包括智能客服工具）之间操作快速准确；记录完整；还能帮助同事用好这些工具。",
        ),
    },
    "industry_knowledge": {
        1: (
            "Little grasp of how the industry works, such as basic financial products and risk rules or the "
            "subscription software model; misuses basic terms.",
            "对行业运作了解很少，比如基本的金融产品和风控规则、软件订阅服务模式；基础术语也会用错。",
        ),
        3: (
            "Understands the main products, terms and rules of the industry well enough to answer routine "
            "questions correctly; checks when unsure.",
            "对行业的主要产品、术语和规则有足够了解，能正确回答常规问题；拿不准时会先核实。",
        ),
        5: (
            "Explains industry products, rules and risks accurately and simply; foresees the compliance or "
            "commercial consequences of an answer; keeps up with changes.",
            "能准确、通俗地讲解行业产品、规则和风险；能预见一句答复可能带来的合规或商业后果；持续关注行业变化。",
        ),
    },
    "professional_knowledge": {
        1: (
            "Does not know standard service procedures such as identity checks, complaint handling, "
            "escalation and privacy rules, or applies them wrongly.",
            "不了解身份核实、投诉处理、问题升级、隐私保护等标准服务流程，或者用错了。",
        ),
        3: (
            "Knows and follows the standard procedures in routine cases; unsure in unusual cases but asks "
            "before acting.",
            "常规情况下了解并遵守标准流程；遇到特殊情况没有把握，但会先请示再行动。",
        ),
        5: (
            "Applies procedures confidently and correctly in unusual cases, understands the reasons behind "
            "them, and proposes improvements where a rule does not work.",
            "特殊情况下也能自信、正确地运用流程，理解流程背后的原因，并在规定行不通时提出改进建议。",
        ),
    },
    "communication": {
        1: (
            "Rambling or unclear; interrupts or does not listen; the other person has to ask again to understand.",
            "表达啰嗦或不清楚；打断别人或不注意倾听；对方需要反复追问才能明白。",
        ),
        3: (
            "Clear and polite in routine exchanges; listens and answers the question asked; sometimes wordy "
            "or uses jargon.",
            "日常交流清楚有礼；能倾听并答其所问；偶尔啰嗦或夹带术语。",
        ),
        5: (
            "Concise, logical and well structured; listens actively and checks understanding; adapts wording "
            "and tone to the person; delivers unwelcome news tactfully.",
            "简洁、有逻辑、有条理；积极倾听并确认对方理解；根据对象调整措辞和语气；能得体地传达坏消息。",
        ),
    },
    "empathy": {
        1: (
            "Misses or ignores the customer's feelings; answers with policy or defensiveness; can sound dismissive.",
            "察觉不到或忽视客户的情绪；用规定或辩解来回应；听起来像在敷衍。",
        ),
        3: (
            "Notices obvious emotions and acknowledges them with standard phrases; respectful, though the "
            "acknowledgement can sound scripted.",
            "能注意到明显的情绪，并用常用语表示理解；态度尊重，但有时听起来像照着话术说。",
        ),
        5: (
            "Reads emotions accurately, including unspoken ones; reflects them back in their own words; shows "
            "real respect and turns confrontation into cooperation.",
            "能准确读出客户的情绪，包括没说出口的；用自己的话回应对方的感受；真诚尊重客户，把对立化为合作。",
        ),
    },
    "problem_solving": {
        1: (
            "Treats symptoms, guesses or escalates at once; cannot explain their reasoning.",
            "只处理表面现象，靠猜，或者一上来就上交；说不清自己的思路。",
        ),
        3: (
            "Solves routine problems with the information at hand; reaches a workable answer to complex ones "
            "with some help.",
            "能利用手头信息解决常规问题；复杂问题在别人帮助下也能找到可行办法。",
        ),
        5: (
            "Breaks complex problems down, finds root causes, combines information from several sources and "
            "proposes effective, well-reasoned solutions on their own.",
            "能拆解复杂问题、找到根本原因，综合多方信息，独立提出有效且有理有据的解决方案。",
        ),
    },
    "stress_tolerance": {
        1: (
            "Becomes flustered, defensive or curt under pressure or hostility; performance drops clearly.",
            "在压力或敌意面前慌乱、急于辩解或态度生硬；表现明显下滑。",
        ),
        3: (
            "Stays polite and effective under normal pressure; strain shows in heavy or hostile situations, "
            "but they recover.",
            "正常压力下能保持礼貌和效率；在高强度或充满敌意的情况下会露出紧张，但能调整过来。",
        ),
        5: (
            "Remains calm, professional and consistent under sustained pressure and hostility; recovers "
            "quickly and helps steady others.",
            "在持续的高压和敌意下依然冷静、专业、表现稳定；恢复快，还能帮助身边的人稳住情绪。",
        ),
    },
    "learning_agility": {
        1: (
            "Slow to pick up new products, policies or tools; needs repeated explanation; waits to be taught.",
            "掌握新产品、新政策、新工具很慢；需要反复讲解；只等别人来教。",
        ),
        3: (
            "Learns new material at a normal pace with training and practice; applies it correctly after a while.",
            "经过培训和练习，能以正常速度学会新内容；过一段时间后可以正确运用。",
        ),
        5: (
            "Masters new products, policies and tools quickly and on their own initiative, with a clear "
            "method; applies them correctly straight away and teaches others.",
            "能主动、快速地掌握新产品、新政策和新工具，学习方法清晰；很快就能正确运用，还能教会别人。",
        ),
    },
    "proactive_service": {
        1: (
            "Answers only exactly what is asked; misses obvious next needs or risks.",
            "只回答客户问到的内容；连明显的后续需求或风险都注意不到。",
        ),
        3: (
            "Sometimes anticipates obvious follow-up needs and offers relevant information when the situation "
            "calls for it.",
            "有时能预见明显的后续需求，在情况需要时提供相关信息。",
        ),
        5: (
            "Consistently anticipates needs and risks from clues in the contact, offers information or "
            "solutions before being asked, and can show the benefit, such as fewer repeat contacts or praise.",
            "总能从交流中的线索预判客户的需求和风险，在对方开口前就提供信息或解决办法，并能说出带来的好处，比如重复来电减少、客户好评。",
        ),
    },
    "cx_orientation": {
        1: (
            "Sees service as closing tickets; does not link their own behaviour to whether customers stay or "
            "recommend us.",
            "把服务当成关工单；不认为自己的表现和客户是否留下、是否推荐我们有关系。",
        ),
        3: (
            "Understands that service affects satisfaction and reputation; takes feedback on board when it is given.",
            "明白服务会影响客户满意度和口碑；收到反馈时能够接受并改进。",
        ),
        5: (
            "Understands how service drives loyalty and word of mouth; looks for feedback, improves their own "
            "work and suggests improvements to the way the team works.",
            "深刻理解服务对客户留存和口碑的作用；主动寻求反馈，改进自己的工作，并为团队的做法提出改进建议。",
        ),
    },
    "teamwork": {
        1: (
            "Works alone, passes problems on without follow-up, keeps knowledge to themselves or blames other teams.",
            "单打独斗，把问题转出去就不再过问，经验只留给自己，或者埋怨其他团队。",
        ),
        3: (
            "Cooperates well within the team and with other departments when needed; shares knowledge when asked.",
            "在团队内部以及需要时与其他部门都能良好配合；别人问起时愿意分享经验。",
        ),
        5: (
            "Works across teams to get problems closed and keeps ownership; turns experience into shared "
            "material such as knowledge-base articles or checklists on their own initiative.",
            "跨团队协作推动问题闭环，并始终负责到底；主动把经验整理成知识库文章、检查清单等共享材料。",
        ),
    },
    "data_awareness": {
        1: (
            "Does not know how service is measured or what the common figures mean.",
            "不知道服务是怎么衡量的，也不理解常见指标的含义。",
        ),
        3: (
            "Knows the main measures (response time, resolution rate, satisfaction) and can read them for "
            "their own work.",
            "了解响应时长、解决率、满意度等主要指标，能看懂与自己工作有关的数据。",
        ),
        5: (
            "Reads service figures critically, sees how they interact or can mislead, and uses them to find "
            "problems and improve.",
            "能批判性地解读服务数据，看出指标之间的关联和可能的误导，并用数据发现问题、推动改进。",
        ),
    },
    "leadership": {
        1: (
            "No sign of guiding others; avoids responsibility for others' results, or gives orders without "
            "explanation.",
            "看不出带领他人的经历；回避对别人的工作结果负责，或者只下命令不做解释。",
        ),
        3: (
            "Has guided colleagues informally or led a small team; gives feedback and assigns tasks, though "
            "coaching is uneven.",
            "非正式地带过同事或领导过小团队；能给反馈、分派任务，但辅导不够稳定。",
        ),
        5: (
            "Sets clear goals, coaches with specific, evidence-based feedback, develops people, handles "
            "conflict and poor performance fairly, and earns the team's trust.",
            "目标清晰，以事实为依据给出具体的辅导反馈，注重培养人；公正处理冲突和绩效问题，赢得团队信任。",
        ),
    },
    "planning": {
        1: (
            "Works reactively; misses deadlines or loses track of tasks; no plan for busy periods.",
            "被动应付；错过期限或遗漏任务；对高峰期没有任何计划。",
        ),
        3: (
            "Plans their own work and priorities sensibly; plans for a team with guidance.",
            "能合理安排自己的工作和优先顺序；在指导下可以为团队做计划。",
        ),
        5: (
            "Plans ahead for self and team (schedules, peaks, contingencies), sets clear priorities, monitors "
            "progress and adjusts.",
            "提前为自己和团队做好计划（排班、高峰、应急预案），优先顺序清楚，随时跟踪进度并调整。",
        ),
    },
    "quality_control": {
        1: (
            "Uneven work; does not check their own output; unaware of the quality standards.",
            "工作质量忽高忽低；不检查自己的工作；不了解质量标准。",
        ),
        3: (
            "Knows the quality standards and meets them in normal conditions; corrects errors when they are "
            "pointed out.",
            "了解质量标准，正常情况下能够达到；别人指出错误后能及时改正。",
        ),
        5: (
            "Keeps a consistent standard even in repetitive or pressured work; checks their own and others' "
            "work, analyses quality problems and drives fixes.",
            "即使在重复或高压的工作中也能保持稳定的水准；检查自己和他人的工作，分析质量问题并推动解决。",
        ),
    },
    "writing": {
        1: (
            "Written replies are unclear, contain frequent errors, use jargon or strike the wrong tone.",
            "书面回复表达不清，错误多，满是术语，或者语气不得当。",
        ),
        3: (
            "Clear, correct replies for routine cases; occasionally stiff or reliant on templates.",
            "常规情况下的回复清楚、正确；偶尔显得生硬或依赖模板。",
        ),
        5: (
            "Well-structured, accurate, plain-language writing in the right tone with clear next steps; can "
            "write reusable material for others.",
            "行文结构清晰、内容准确、语言通俗，语气恰当，下一步交代明确；还能写出供他人复用的材料。",
        ),
    },
    "ethics": {
        1: (
            "Bends rules under pressure, handles information carelessly or is evasive about mistakes; plays "
            "small tricks at others' expense.",
            "压力之下就变通规定，对信息处理随意，出了错遮遮掩掩；爱耍小聪明，损人利己。",
        ),
        3: (
            "Follows confidentiality and honesty rules in normal situations; owns up to mistakes when asked.",
            "一般情况下遵守保密和诚信要求；被问到时能承认自己的错误。",
        ),
        5: (
            "Consistently honest and fair; protects customer privacy even under pressure; owns mistakes "
            "without being asked; treats everyone, rivals included, with respect.",
            "始终诚实公正；即使在压力下也保护客户隐私；主动承认错误；尊重每一个人，包括竞争对手。",
        ),
    },
    "special_skill": {
        1: (
            "Cannot demonstrate the special skill the role asks for, such as content editing or a basic "
            "understanding of APIs and databases.",
            "无法展示岗位要求的特定技能，比如内容编辑，或对接口和数据库的基本了解。",
        ),
        3: (
            "Demonstrates the skill at a working level on a simple task or sample.",
            "在简单任务或作品中能展示出可以上手工作的水平。",
        ),
        5: (
            "Demonstrates the skill at a high level with good samples and explains how it would help the service team.",
            "能以高质量的作品展示出高水平的技能，并说明这项技能如何帮助客服团队。",
        ),
    },
}

DEFAULT_ANCHORS: dict[int, tuple[str, str]] = {
    1: (
        "Little or no evidence of this ability; clear gaps that would need close supervision.",
        "几乎看不到这方面的能力；短板明显，需要密切指导。",
    ),
    3: (
        "Meets the requirement in routine situations; some gaps in harder cases.",
        "常规情况下能够达到要求；遇到较难的情况时有所欠缺。",
    ),
    5: (
        "Consistently strong evidence, including in difficult cases; could serve as an example to others.",
        "始终表现突出，困难情况下也不例外；可以作为他人的榜样。",
    ),
}


# --- helpers -----------------------------------------------------------------------------------------


def anchors_for(key_item: str) -> dict[int, tuple[str, str]]:
    """The 1/3/5 anchors of a key item, or ``DEFAULT_ANCHORS`` when it has none (a copy either way)."""
    return dict(ANCHORS.get(key_item, DEFAULT_ANCHORS))


def get_question(code: str) -> dict | None:
    """The question with this code, or ``None``."""
    return _BY_CODE.get(code)


def questions_for(*, competency: str | None = None, fmt: str | None = None, kind: str | None = None) -> list[dict]:
    """The questions matching every filter given, in bank order."""
    return [
        question
        for question in QUESTIONS
        if (competency is None or competency in question["competencies"])
        and (fmt is None or fmt in question["formats"])
        and (kind is None or question["kind"] == kind)
    ]


def _validate() -> None:
    codes = [question["code"] for question in QUESTIONS]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise ValueError(f"duplicate question codes: {duplicates}")
    for question in QUESTIONS:
        code = question["code"]
        if question["kind"] not in KINDS:
            raise ValueError(f"{code}: unknown kind {question['kind']!r}")
        if not question["formats"] or set(question["formats"]) - set(FORMATS):
            raise ValueError(f"{code}: bad formats {question['formats']!r}")
        competencies = question["competencies"]
        if not 1 <= len(competencies) <= 4 or len(set(competencies)) != len(competencies):
            raise ValueError(f"{code}: needs one to four distinct competencies")
        unknown = [item for item in competencies if item not in ASSESSABLE_KEY_ITEMS]
        if unknown:
            raise ValueError(f"{code}: not an interview competency: {unknown}")
        for field in TEXT_FIELDS:
            en, zh = question[f"{field}_en"], question[f"{field}_zh"]
            if bool(en.strip()) != bool(zh.strip()):
                raise ValueError(f"{code}: {field} is given in one language only")
            if field not in OPTIONAL_TEXT_FIELDS and not en.strip():
                raise ValueError(f"{code}: {field} is empty")
    for key_item, anchors in ANCHORS.items():
        if key_item not in ASSESSABLE_KEY_ITEMS or set(anchors) != {1, 3, 5}:
            raise ValueError(f"bad anchors for {key_item!r}")


_validate()
_BY_CODE: dict[str, dict] = {question["code"]: question for question in QUESTIONS}
