"""The work-sample simulations shipped with the product, and the rubric used to score free-text
replies, in English and Simplified Chinese.

Pure Python data (no models, no database); ``services.library.library_install`` copies it into
``Simulation`` and ``Item`` rows (``from_library``), which HR copies to change. The facts follow the
domain seeds (scenario tests of a sudden complaint and a complex enquiry, a simplified work system,
patience with repetitive work); every sentence is our own, and every customer, order and card number
is invented.

Shapes:

- simulation: ``code`` (unique slug), ``industry`` (an ``Industry`` value), ``minutes`` (the timed
  run's limit), the text pairs ``title``, ``instructions`` and ``knowledge_base`` with ``_en``/``_zh``
  suffixes, and ``items`` in order.
- item: ``kind`` (``message``, ``judgement``, ``typing``, ``repetitive``), ``practice`` (optional,
  True on exactly one judgement item per simulation: shown before the timed run, never scored),
  ``channel`` (``chat`` or ``email``; messages only), the text pairs ``title`` and ``prompt``, and
  ``data``:
  - message: ``{"mood": one of MOODS}``; the prompt is the customer's message;
  - judgement: ``{"options": [{"key": "a", "en": ..., "zh": ...}, ...], "best": key, "worst": key}``
    (3 to 5 options; best and worst differ); the prompt is the situation;
  - typing: ``{"seconds": 30..300}``; the prompt is the passage to type (the candidate types the
    passage of the language they take the simulation in);
  - repetitive: ``{"rows": [{"left": ..., "right": ...}, ...], "key": [bool, ...]}`` (10 to 40 rows;
    key[i] is True when row i's two values agree); the prompt says what to compare.
- rubric: ``RUBRIC[dimension][score] == (text_en, text_zh)`` for scores 1, 3 and 5; 2 and 4 lie
  between.

``_validate`` checks all of it when the module is imported, so a typo fails at once.
"""

from __future__ import annotations

KINDS = ("message", "judgement", "typing", "repetitive")
CHANNELS = ("chat", "email")
MOODS = ("angry", "confused", "multi_issue", "policy")
DIMENSIONS = ("empathy", "accuracy", "tone", "resolution", "policy")
INDUSTRIES = ("general", "ecommerce", "saas", "finance")
# The bounds a simulation keeps, here and in HR's editor (simulations.authoring_forms).
MINUTES_MIN, MINUTES_MAX = 5, 180
SECONDS_MIN, SECONDS_MAX = 30, 300  # a typing task
ROWS_MIN, ROWS_MAX = 10, 40  # a repetitive task

RUBRIC: dict[str, dict[int, tuple[str, str]]] = {
    "empathy": {
        1: (
            (
                "The reply ignores or brushes aside the customer's feelings and answers an upset customer with bare "
                "procedure."
            ),
            "回复无视或敷衍客户的情绪，面对着急或不满的客户只是机械地讲流程。",
        ),
        3: (
            (
                "The reply acknowledges that the customer is unhappy with a general apology, but the wording is "
                "generic and does not reflect what this customer actually went through."
            ),
            "回复对客户的不满表示了歉意，但用语空泛、套路化，没有说到这位客户的具体遭遇。",
        ),
        5: (
            (
                "The reply names the customer's specific concern and what it cost them, apologises sincerely where the "
                "company fell short, and carries that understanding into every step it proposes."
            ),
            (
                "回复点明了客户最在意的问题及其造成的影响，在公司确有不足时真诚致歉，"
                "并让每一步处理都体现出对客户处境的体谅。"
            ),
        ),
    },
    "accuracy": {
        1: (
            (
                "The reply contains wrong facts, amounts, dates or policy terms, or promises something the knowledge "
                "base does not allow."
            ),
            "回复中的事实、金额、日期或政策条款有误，或承诺了知识库不允许的事项。",
        ),
        3: (
            (
                "The main facts are right, but a detail such as a date, an amount or a step is missing, vague or "
                "slightly wrong."
            ),
            "主要信息正确，但日期、金额或操作步骤等细节有遗漏、含糊或小的偏差。",
        ),
        5: (
            (
                "Every fact, figure, time frame and step matches the customer's message and the knowledge base, and "
                "nothing is made up."
            ),
            "每一项事实、数字、时限和步骤都与客户来信及知识库一致，没有任何凭空编造的内容。",
        ),
    },
    "tone": {
        1: (
            (
                "The reply is curt, defensive, blaming or overly casual, or it is hard to follow because of errors, "
                "jargon or a wall of text."
            ),
            "回复生硬、推诿、指责客户或过于随意，或因错别字、术语和大段堆砌而难以读懂。",
        ),
        3: (
            (
                "The reply is polite and readable but stiff or scripted, for example too long-winded for a chat or "
                "slipping into internal terms."
            ),
            "回复礼貌、能读懂，但略显生硬或模板化，例如在线咨询写得过长，或夹杂内部用语。",
        ),
        5: (
            (
                "The reply is warm, professional and concise, suits the channel (chat or email), and uses plain words "
                "the customer can follow at once."
            ),
            "回复亲切、专业、简洁，符合渠道特点（在线咨询或邮件），用语通俗，客户一读就懂。",
        ),
    },
    "resolution": {
        1: (
            (
                "The reply leaves the problem unsolved: no answer, no next step, or a hand-off to someone else without "
                "explanation."
            ),
            "回复没有解决问题：既没有答复也没有下一步，或不加说明就把客户推给别人。",
        ),
        3: (
            "The reply handles the main issue but leaves a secondary question unanswered or the next step vague.",
            "回复处理了主要问题，但遗漏了次要问题，或下一步安排不够明确。",
        ),
        5: (
            (
                "The reply answers every question the customer raised, sets out clear next steps saying who does what "
                "by when, and anticipates the obvious follow-up question."
            ),
            "回复答复了客户提出的每一个问题，讲清下一步由谁在什么时间做什么，并提前回答了客户接下来很可能会问的问题。",
        ),
    },
    "policy": {
        1: (
            (
                "The reply breaks a rule, such as offering compensation above the agent's limit, skipping a required "
                "check, or asking for or revealing information that must never be shared."
            ),
            "回复违反了规定，例如超出权限给予补偿、跳过必要的核验，或索取、透露绝不能提供的信息。",
        ),
        3: (
            (
                "The reply stays within the rules but applies them mechanically or only in part, for example quoting a "
                "policy without the check or escalation it requires."
            ),
            "回复没有违规，但执行得机械或不完整，例如只复述政策，却没有完成规定要求的核验或升级。",
        ),
        5: (
            (
                "The reply applies the right policy correctly, explains it in plain terms, and verifies or escalates "
                "exactly where the rules require."
            ),
            "回复准确运用了相应的政策，用通俗的话向客户解释清楚，并在规定要求的环节完成核验或升级。",
        ),
    },
}

SIMULATIONS: list[dict] = [
    {
        "code": "ecommerce-after-sales",
        "industry": "ecommerce",
        "minutes": 30,
        "title_en": "E-commerce after-sales: Pinecrest Home",
        "title_zh": "电商售后：松岭家居",
        "instructions_en": (
            "You are an after-sales agent at Pinecrest Home, an online store for furniture, kitchenware and small home "
            "appliances. You start with one practice question, which is neither timed nor scored. The timed run then "
            "lasts 30 minutes: three customer messages to answer in writing, three situational-judgement questions "
            "(choose the best and the worst response), a one-minute typing task and a check of 20 pairs of order "
            "numbers.\n\n"
            "The store's knowledge base is shown at the side; use it as often as you like, as you would at work. Your "
            "answers save automatically as you go, and whatever you have entered when the time runs out is submitted."
        ),
        "instructions_zh": (
            "你将以松岭家居售后客服的身份完成本次模拟。松岭家居是一家销售家具、厨具和小家电的网店。"
            "正式开始前有一道练习题，不计时，也不计分。正式部分限时30分钟，包括三条需要书面回复的客户消息、"
            "三道情景判断题（选出最佳和最差的做法）、一项1分钟的打字测试，以及20组订单号的核对。\n\n"
            "页面一侧是店铺的知识库，可以像平时工作一样随时查阅。作答内容会自动保存，时间到时已填写的内容将自动提交。"
        ),
        "knowledge_base_en": (
            "## About Pinecrest Home\n"
            "Pinecrest Home sells furniture, kitchenware and small home appliances online, shipping from Suzhou and "
            "Chengdu.\n\n"
            "## Delivery\n"
            "- Standard delivery: 2 to 4 working days after dispatch (remote areas up to 7).\n"
            "- A parcel 3 or more working days later than the promised date: you may add a ¥20 delay coupon without "
            "approval.\n"
            "- No tracking update for 5 working days: the parcel counts as lost, and the customer chooses a free "
            "reshipment or a full refund.\n\n"
            "## Returns and refunds\n"
            "- Unused items: return within 15 days of delivery for any reason; ¥12 return shipping is deducted from "
            "the refund.\n"
            "- Faulty, damaged or wrong items: free return within 30 days of delivery. Ask for a photo first.\n"
            "- Assembled furniture cannot be returned for a change of mind.\n"
            "- Refunds go back to the original payment method within 3 working days of the return reaching the "
            "warehouse; banks may take another 1 to 5 working days.\n\n"
            "## Price protection\n"
            "- If the price drops within 7 days of payment, refund the difference on request, once per order. "
            "Flash-sale prices do not count.\n\n"
            "## Compensation and escalation\n"
            "- You may give up to ¥50 goodwill compensation per order (coupon or partial refund).\n"
            "- More than ¥50 needs your team leader's approval; tell the customer they will hear back within 24 "
            "hours.\n"
            "- Escalate the same day: threats of legal action or the media, and any safety issue (burn, electric "
            "shock, injury), which also goes to the product-safety team.\n"
            "- Answer chats within 1 minute and emails within 24 hours."
        ),
        "knowledge_base_zh": (
            "## 关于松岭家居\n"
            "松岭家居是一家线上家居店，经营家具、厨具和小家电，由苏州仓和成都仓发货。\n\n"
            "## 配送\n"
            "- 发货后一般2至4个工作日送达，偏远地区最长7个工作日。\n"
            "- 包裹比承诺送达日晚3个工作日及以上的，客服可直接发放20元延误优惠券，无需审批。\n"
            "- 物流信息连续5个工作日没有更新的，按丢件处理：由客户选择免费补发或全额退款。\n\n"
            "## 退货与退款\n"
            "- 未使用的商品：签收后15天内可无理由退货，退货运费12元由客户承担，从退款中扣除。\n"
            "- 有质量问题、破损或发错货的商品：签收后30天内可免费退货，须先请客户提供照片。\n"
            "- 已组装的家具不支持无理由退货。\n"
            "- 退货到仓后3个工作日内原路退款；银行入账可能还需1至5个工作日。\n\n"
            "## 价格保护\n"
            "- 付款后7天内商品降价的，客户申请后可退还差价，每笔订单限一次；秒杀价不在此列。\n\n"
            "## 补偿与升级\n"
            "- 客服可自行决定每笔订单不超过50元的补偿，形式为优惠券或部分退款。\n"
            "- 超过50元须经组长审批，请告知客户24小时内会有答复。\n"
            "- 以下情况须当天升级：客户表示要起诉或找媒体曝光；任何安全问题（烫伤、触电、受伤），"
            "安全问题同时转交产品安全组。\n"
            "- 在线咨询1分钟内响应，邮件24小时内回复。"
        ),
        "items": [
            {
                "kind": "judgement",
                "practice": True,
                "title_en": "Practice: has my order shipped?",
                "title_zh": "练习：我的订单发货了吗？",
                "prompt_en": (
                    'A customer asks in chat: "Has my order PH-240609-0233 shipped yet?" The order system shows that '
                    "it left the Suzhou warehouse this morning with tracking number SF1409223178. What do you do?"
                ),
                "prompt_zh": (
                    "一位客户在线询问：“我的订单PH-240609-0233发货了吗？”订单系统显示，该订单今天上午已从苏州仓发出，"
                    "快递单号SF1409223178。你会怎么做？"
                ),
                "data": {
                    "options": [
                        {"key": "a", "en": "Send the tracking number only.", "zh": "只把快递单号发给客户。"},
                        {
                            "key": "b",
                            "en": (
                                "Confirm that it left the Suzhou warehouse this morning, give the tracking number and "
                                "say that delivery usually takes 2 to 4 working days."
                            ),
                            "zh": "告诉客户订单今天上午已从苏州仓发出，附上快递单号，并说明一般2至4个工作日送达。",
                        },
                        {
                            "key": "c",
                            "en": "Reply that orders usually ship within 48 hours, so it should be on its way.",
                            "zh": "回复客户订单一般48小时内发货，现在应该已经在路上了。",
                        },
                        {
                            "key": "d",
                            "en": (
                                "Give the tracking number and a link to the page where the customer can follow the "
                                "delivery."
                            ),
                            "zh": "发送快递单号，并附上可以查看物流进度的页面链接。",
                        },
                    ],
                    "best": "b",
                    "worst": "c",
                },
            },
            {
                "kind": "message",
                "channel": "chat",
                "title_en": "Angry chat: a birthday present that never came",
                "title_zh": "愤怒咨询：生日礼物迟迟未到",
                "prompt_en": (
                    "This is ridiculous. On 3 June I ordered a rice cooker and a bedding set (order PH-240603-1178) "
                    "and paid ¥689. Your site promised delivery by 7 June, and I told you at checkout they were a "
                    "birthday present for my mother. It's now 12 June and the tracking has said \"arrived at Chengdu "
                    "sorting centre\" since 8 June. I've asked your chatbot twice and got the same useless link both "
                    "times. The birthday is over. I want to know where my parcel is, and I expect proper compensation "
                    "for this, not another apology.\n\n"
                    "Liu Yang"
                ),
                "prompt_zh": (
                    "你们这是什么服务？我6月3日下单买了一个电饭煲和一套床品（订单号PH-240603-1178），一共付了689元。"
                    "页面上写着6月7日前送达，我下单时还备注了是给我妈的生日礼物。今天都6月12日了，"
                    "物流从6月8日起就一直显示“已到达成都分拨中心”，再也没动过。我问了你们的智能客服两次，"
                    "每次都甩给我同一个链接，一点用都没有。生日早就过了！我现在就想知道包裹到底在哪儿。还有，"
                    "这件事你们必须给个像样的补偿，别再跟我说一句抱歉就完事。\n\n"
                    "刘洋"
                ),
                "data": {"mood": "angry"},
            },
            {
                "kind": "message",
                "channel": "email",
                "title_en": "Confused email: the refund is smaller than the price",
                "title_zh": "困惑邮件：退款金额比付款少",
                "prompt_en": (
                    "Subject: Refund amount?\n\n"
                    "Hello,\n\n"
                    "I returned a blender (order PH-240528-0462) because I didn't need it after all. I never even "
                    "opened the box. Your courier collected it on 3 June and the tracking says it reached your "
                    "warehouse on 5 June. On 7 June I got an email saying my refund had been issued, but there is "
                    "still nothing on my bank card. The email also says ¥287, and I'm sure I paid ¥299. Did I do "
                    "something wrong, or was I charged for something? Do I need to send you anything else? Sorry, I "
                    "don't shop online much and I'm not sure how this works.\n\n"
                    "Huang Lili"
                ),
                "prompt_zh": (
                    "主题：退款金额是不是不对？\n\n"
                    "您好！\n\n"
                    "我之前买了一台破壁机（订单号PH-240528-0462），后来用不上了，就申请了退货，包装盒都没拆过。"
                    "6月3日你们的快递上门取走，物流显示6月5日已经到仓。6月7日我收到邮件，说退款已经办理，"
                    "可是我的银行卡到现在都没收到钱。而且邮件里写的是287元，我记得付款时明明是299元。是我哪里操作错了，"
                    "还是被扣了什么费用？我还需要补交什么吗？不好意思，我平时很少网购，不太懂这些流程。\n\n"
                    "黄丽丽"
                ),
                "data": {"mood": "confused"},
            },
            {
                "kind": "message",
                "channel": "email",
                "title_en": "Multi-issue email: broken plates, a price drop and a claim",
                "title_zh": "多问题邮件：餐具破损、降价与索赔",
                "prompt_en": (
                    "Subject: Several problems with my last two orders\n\n"
                    "Hi,\n\n"
                    "Three things, please. First, the 12-piece ceramic dinner set from order PH-240606-0915 arrived "
                    "yesterday (10 June) with two plates broken. I've kept the box. Second, I paid ¥259 for the Aurora "
                    "desk lamp on 6 June (order PH-240606-0916), and today the same lamp is listed at ¥219. It wasn't "
                    "a flash sale when I bought it. Third, because of the broken plates I had to serve the guests I "
                    "had over last night on paper plates, which was embarrassing. I think ¥100 compensation is fair "
                    "for the trouble. Can you sort all of this out?\n\n"
                    "Thanks,\n"
                    "Zhou Hao"
                ),
                "prompt_zh": (
                    "主题：最近两笔订单的几个问题\n\n"
                    "你好，\n\n"
                    "有三件事想请你们处理一下。第一，订单PH-240606-0915里的12头陶瓷餐具昨天（6月10日）送到，"
                    "拆开发现碎了两个盘子，箱子我还留着。第二，我6月6日花259元买了“极光”台灯（订单PH-240606-0916），"
                    "今天一看同一款只卖219元了，我买的时候并不是秒杀价。第三，因为盘子碎了，昨晚家里来客人，"
                    "只好临时拿一次性纸盘招待，挺没面子的。我觉得赔100元不算过分。这几件事麻烦一起处理一下。\n\n"
                    "谢谢！\n"
                    "周浩"
                ),
                "data": {"mood": "multi_issue"},
            },
            {
                "kind": "judgement",
                "title_en": "Judgement: a kettle that sparked",
                "title_zh": "情景判断：水壶插头冒火花",
                "prompt_en": (
                    "A customer writes in chat that the electric kettle she bought two weeks ago (¥149) gave off "
                    "sparks at the plug this morning, and she burnt a finger pulling it out. She asks for a refund. "
                    "What do you do?"
                ),
                "prompt_zh": (
                    "一位客户在线反映，她两周前买的电热水壶（149元）今天早上插头处冒出火花，她拔插头时烫伤了手指，"
                    "要求退款。你会怎么做？"
                ),
                "data": {
                    "options": [
                        {
                            "key": "a",
                            "en": (
                                "Apologise, issue the full refund straight away and close the case, since a quick "
                                "refund is what she asked for."
                            ),
                            "zh": "向客户道歉，马上全额退款并结案，因为客户要的就是尽快退款。",
                        },
                        {
                            "key": "b",
                            "en": (
                                "Ask her to send photos of the kettle and the plug first, and explain that the refund "
                                "can start once the warehouse has confirmed the fault."
                            ),
                            "zh": "请客户先发水壶和插头的照片，并说明仓库确认故障后才能开始退款。",
                        },
                        {
                            "key": "c",
                            "en": (
                                "Check that she is all right and tell her to stop using the kettle, arrange a free "
                                "return and a full refund, and report the case to your team leader and the "
                                "product-safety team today."
                            ),
                            "zh": (
                                "先关心客户伤势，提醒她停止使用这只水壶，安排免费退货和全额退款，"
                                "并在当天把情况上报组长和产品安全组。"
                            ),
                        },
                        {
                            "key": "d",
                            "en": (
                                "Send her the standard troubleshooting steps for kettles and suggest she tries a "
                                "different socket before returning it."
                            ),
                            "zh": "把水壶常见故障的排查步骤发给客户，建议她退货前先换个插座试试。",
                        },
                    ],
                    "best": "c",
                    "worst": "d",
                },
            },
            {
                "kind": "judgement",
                "title_en": "Judgement: returning an assembled bookshelf",
                "title_zh": "情景判断：已组装书架要退货",
                "prompt_en": (
                    "A customer wants to return a bookshelf (¥899) delivered 10 days ago. He assembled it and then "
                    "decided the colour does not suit his living room. He says he has kept all the packaging. What do "
                    "you do?"
                ),
                "prompt_zh": (
                    "一位客户想退掉10天前签收的书架（899元）。他已经把书架组装好了，之后觉得颜色和客厅不搭。"
                    "他说包装材料都还留着。你会怎么做？"
                ),
                "data": {
                    "options": [
                        {
                            "key": "a",
                            "en": (
                                "Tell him you will check with the warehouse and get back to him, without mentioning "
                                "the policy yet, so that he does not get upset in the chat."
                            ),
                            "zh": "告诉客户你去和仓库确认一下再回复他，暂时不提退货政策，免得他在对话中情绪激动。",
                        },
                        {
                            "key": "b",
                            "en": (
                                "Explain kindly that assembled furniture cannot be returned for a change of mind, and "
                                "ask whether anything is damaged or faulty, since that would make a free return "
                                "possible."
                            ),
                            "zh": (
                                "耐心说明已组装的家具不支持无理由退货，同时询问书架是否有破损或质量问题，"
                                "因为那样就可以免费退货。"
                            ),
                        },
                        {
                            "key": "c",
                            "en": (
                                "Explain the policy and offer a ¥30 coupon as a goodwill gesture in case he wants to "
                                "buy something else."
                            ),
                            "zh": "说明退货政策，并主动送一张30元优惠券作为心意，方便他以后买别的东西。",
                        },
                        {
                            "key": "d",
                            "en": (
                                "Reply that he accepted the returns policy at checkout, so the request is refused, and "
                                "close the chat."
                            ),
                            "zh": "回复客户下单时已经同意了退货政策，所以申请不予受理，然后结束对话。",
                        },
                    ],
                    "best": "b",
                    "worst": "d",
                },
            },
            {
                "kind": "judgement",
                "title_en": "Judgement: compensation or a public complaint",
                "title_zh": "情景判断：要补偿，否则发帖曝光",
                "prompt_en": (
                    "The delivery of a customer's sofa (order PH-240520-0077, ¥3,280) has been rescheduled twice. He "
                    'writes: "Give me ¥300 compensation today, or tonight I post the whole story with photos on Weibo '
                    'and Xiaohongshu." What do you do?'
                ),
                "prompt_zh": (
                    "一位客户的沙发（订单号PH-240520-0077，3280元）已经两次改约配送时间。他发来消息："
                    "“今天给我300元补偿，不然今晚我就把整件事连同照片发到微博和小红书上。”你会怎么做？"
                ),
                "data": {
                    "options": [
                        {
                            "key": "a",
                            "en": (
                                "Offer the ¥50 coupon you are allowed to give, and tell him to contact your team "
                                "leader himself if he wants more."
                            ),
                            "zh": "给出你权限内的50元优惠券，并告诉客户如果想要更多，可以自己去找组长。",
                        },
                        {
                            "key": "b",
                            "en": (
                                "Tell him that threats will not change the policy and that ¥50 is the most he can get."
                            ),
                            "zh": "告诉客户威胁改变不了政策，最多只能补偿50元。",
                        },
                        {
                            "key": "c",
                            "en": (
                                "Give him a ¥300 coupon straight away, because a public complaint would cost the store "
                                "far more than that."
                            ),
                            "zh": "马上给客户发一张300元优惠券，因为公开投诉给店铺造成的损失远不止这些。",
                        },
                        {
                            "key": "d",
                            "en": (
                                "Acknowledge his frustration, confirm a firm delivery date, pass his request to your "
                                "team leader today as the rules require, and tell him when he will hear back."
                            ),
                            "zh": (
                                "先理解客户的不满，确认一个确定的送货日期，按规定当天把他的诉求上报组长，"
                                "并告诉他什么时候会有答复。"
                            ),
                        },
                    ],
                    "best": "d",
                    "worst": "c",
                },
            },
            {
                "kind": "typing",
                "title_en": "Typing: a delay update",
                "title_zh": "打字：延误进度回复",
                "prompt_en": (
                    "Thank you for waiting. I have checked with the courier, and your parcel will be delivered "
                    "tomorrow before 6 pm. I have also added a 20 yuan coupon to your account for the delay. Sorry "
                    "again for the trouble."
                ),
                "prompt_zh": (
                    "感谢您的耐心等待。我刚刚和快递公司核实过，您的包裹预计明天下午六点前送达，"
                    "快递员送货前会先打电话联系您，请保持手机畅通。考虑到这次延误给您带来的不便，"
                    "我们已经向您的账户发放了一张二十元的优惠券，下次购物时可以直接抵扣。如果明天仍未收到包裹，"
                    "请直接回复这条消息，我会第一时间为您跟进。再次向您表示歉意，祝您生活愉快！"
                ),
                "data": {"seconds": 60},
            },
            {
                "kind": "repetitive",
                "title_en": "Check: order numbers in emails vs the order system",
                "title_zh": "核对：邮件中的订单号与订单系统",
                "prompt_en": (
                    "On the left are order numbers as customers typed them in their emails; on the right, the same "
                    "orders as they appear in the order system. For each row, decide whether the two are exactly the "
                    "same."
                ),
                "prompt_zh": (
                    "左列是客户在邮件中填写的订单号，右列是订单系统中对应订单的编号。请逐行判断两者是否完全一致。"
                ),
                "data": {
                    "rows": [
                        {"left": "PH-240609-7629", "right": "PH-240609-7629"},
                        {"left": "PH-240609-9623", "right": "PH-240609-9628"},
                        {"left": "PH-240506-8387", "right": "PH-240506-8387"},
                        {"left": "PH-240611-3050", "right": "PH-240611-3050"},
                        {"left": "PH-240515-4970", "right": "PH-240515-4978"},
                        {"left": "PH-240503-8825", "right": "PH-240503-8825"},
                        {"left": "PH-240520-6490", "right": "PH-240520-6490"},
                        {"left": "PH-240611-2580", "right": "PH-240611-7580"},
                        {"left": "PH-240527-8656", "right": "PH-240527-8656"},
                        {"left": "PH-240502-0584", "right": "PH-240502-0584"},
                        {"left": "PH-240506-9824", "right": "PH-240508-9824"},
                        {"left": "PH-240525-7601", "right": "PH-240525-7601"},
                        {"left": "PH-240608-9682", "right": "PH-240608-4682"},
                        {"left": "PH-240517-3828", "right": "PH-240517-3828"},
                        {"left": "PH-240608-0075", "right": "PH-240608-0075"},
                        {"left": "PH-240515-4551", "right": "PH-240515-4557"},
                        {"left": "PH-240609-1363", "right": "PH-240609-1363"},
                        {"left": "PH-240606-3762", "right": "PH-240606-3762"},
                        {"left": "PH-240601-7150", "right": "PH-240601-1150"},
                        {"left": "PH-240513-1766", "right": "PH-240513-1766"},
                    ],
                    "key": [
                        True,
                        False,
                        True,
                        True,
                        False,
                        True,
                        True,
                        False,
                        True,
                        True,
                        False,
                        True,
                        False,
                        True,
                        True,
                        False,
                        True,
                        True,
                        False,
                        True,
                    ],
                },
            },
        ],
    },
    {
        "code": "saas-technical-support",
        "industry": "saas",
        "minutes": 30,
        "title_en": "SaaS technical support: Ledgerly",
        "title_zh": "SaaS技术支持：账易通",
        "instructions_en": (
            "You are a support agent at Ledgerly, an online invoicing and bookkeeping service for small businesses. "
            "You start with one practice question, which is neither timed nor scored. The timed run then lasts 30 "
            "minutes: three customer messages to answer in writing, three situational-judgement questions (choose the "
            "best and the worst response), a one-minute typing task and a check of 20 pairs of licence keys.\n\n"
            "The knowledge base at the side gives today's service status and the support rules; use it as often as you "
            "like. Your answers save automatically as you go, and whatever you have entered when the time runs out is "
            "submitted."
        ),
        "instructions_zh": (
            "你将以账易通技术支持专员的身份完成本次模拟。账易通是一款面向小微企业的在线开票和记账软件。"
            "正式开始前有一道练习题，不计时，也不计分。正式部分限时30分钟，包括三条需要书面回复的客户消息、"
            "三道情景判断题（选出最佳和最差的做法）、一项1分钟的打字测试，以及20组授权码的核对。\n\n"
            "页面一侧的知识库列出了今天的服务状态和支持规范，可随时查阅。作答内容会自动保存，"
            "时间到时已填写的内容将自动提交。"
        ),
        "knowledge_base_en": (
            "## Service status today\n"
            "- Since 09:40, bank-feed sync with some banks is delayed by up to 6 hours. Engineers are on it; invoices "
            "and reports are not affected.\n"
            "- Delayed transactions catch up automatically, without duplicates. For today's figures sooner, the "
            "customer can import a bank statement file (Banking > Import).\n\n"
            "## Plans and response times\n"
            "- Starter: email only, first reply within 1 working day.\n"
            "- Business: chat and email, first reply within 4 working hours.\n"
            "- Enterprise: first reply within 1 hour; outages handled 24/7.\n"
            "- Monthly uptime below 99.5%: Business and Enterprise customers may claim a 10% service credit within 30 "
            "days. Only the billing team grants credits or refunds.\n\n"
            "## Login and security\n"
            '- Customers reset their own password with "Forgot password"; the link is valid for 30 minutes.\n'
            "- Never ask for a password or a two-factor (2FA) code, and never set a password for a customer.\n"
            "- Only the account admin can add users or change their access.\n"
            "- Changing the account owner or removing 2FA: the Account Security team does it within 2 working days, on "
            "a request from a company email with an authorisation letter bearing the company seal.\n\n"
            "## Support may not\n"
            "- Open, export or send one user's data to anyone else, even a colleague.\n"
            "- Edit or delete a customer's invoices or records.\n"
            "- Promise features or release dates.\n\n"
            "## Escalation\n"
            "- P1 (a customer cannot log in, or data looks lost): call the on-call engineer at once, at any hour.\n"
            "- Bugs: collect the steps, invoice number, browser and a screenshot, open an engineering ticket and give "
            "the customer its ID."
        ),
        "knowledge_base_zh": (
            "## 今日服务状态\n"
            "- 自09:40起，部分银行的银行流水同步延迟，最长约6小时。工程师正在处理，开票和报表功能不受影响。\n"
            "- 延迟的流水恢复后会自动补齐，不会重复入账。客户如需尽快看到当天数据，可手动导入银行对账单文件（银行 > "
            "导入）。\n\n"
            "## 套餐与响应时效\n"
            "- 基础版：仅邮件支持，1个工作日内首次回复。\n"
            "- 商业版：在线咨询和邮件，4个工作小时内首次回复。\n"
            "- 企业版：1小时内首次回复；服务中断7×24小时处理。\n"
            "- 当月可用率低于99.5%的，商业版和企业版客户可在30天内申请当月费用10%的服务抵扣。"
            "抵扣和退款只能由账务组办理。\n\n"
            "## 登录与安全\n"
            "- 密码由客户通过“忘记密码”自行重置，重置链接30分钟内有效。\n"
            "- 不得索要客户的密码或双重验证码，也不得替客户设置密码。\n"
            "- 只有账户管理员可以添加用户或调整用户权限。\n"
            "- 变更账户所有者或关闭双重验证，由账户安全组在2个工作日内办理，须用企业邮箱提出申请并附加盖公章的授权书。"
            "\n\n"
            "## 支持人员不得\n"
            "- 打开、导出其他用户的数据或发送给他人，即使对方是同一公司的同事。\n"
            "- 替客户修改或删除发票和账目记录。\n"
            "- 承诺新功能或上线日期。\n\n"
            "## 升级\n"
            "- P1（客户无法登录，或数据疑似丢失）：立即电话联系值班工程师，不分时段。\n"
            "- 软件缺陷：收集操作步骤、发票号、浏览器和截图，提交研发工单，并把工单号告知客户。"
        ),
        "items": [
            {
                "kind": "judgement",
                "practice": True,
                "title_en": "Practice: where is my subscription invoice?",
                "title_zh": "练习：订阅发票在哪里下载？",
                "prompt_en": (
                    "A Business customer asks in chat where to download last month's invoice for their Ledgerly "
                    "subscription. (Subscription invoices are under Settings > Billing > Invoices.) What do you do?"
                ),
                "prompt_zh": (
                    "一位商业版客户在线询问，上个月账易通的订阅发票在哪里下载。（订阅发票位于“设置 > 账单 > 发票”。）"
                    "你会怎么做？"
                ),
                "data": {
                    "options": [
                        {
                            "key": "a",
                            "en": (
                                "Tell them to write to the billing team, which handles everything to do with invoices."
                            ),
                            "zh": "让客户给账务组写邮件，因为发票相关的事都由账务组负责。",
                        },
                        {
                            "key": "b",
                            "en": "Send a screenshot of the Billing page without further explanation.",
                            "zh": "直接发一张账单页面的截图，不做其他说明。",
                        },
                        {
                            "key": "c",
                            "en": "Explain that invoices are emailed every month, so they should search their inbox.",
                            "zh": "告诉客户发票每月都会发到邮箱，让客户自己在邮箱里搜索。",
                        },
                        {
                            "key": "d",
                            "en": (
                                "Tell them it is under Settings > Billing > Invoices, and offer to help if they cannot "
                                "find it there."
                            ),
                            "zh": "告诉客户在“设置 > 账单 > 发票”中下载，如果找不到可以继续帮忙。",
                        },
                    ],
                    "best": "d",
                    "worst": "a",
                },
            },
            {
                "kind": "message",
                "channel": "chat",
                "title_en": "Angry chat: no bank transactions before a payment run",
                "title_zh": "愤怒咨询：付款前看不到银行流水",
                "prompt_en": (
                    "I've been waiting 25 minutes for someone to answer. Since this morning none of our bank "
                    "transactions have come into Ledgerly, and nobody told us a thing. I have to confirm which clients "
                    "have paid before I release ¥86,000 to our suppliers at 3 pm today, and right now I can't see a "
                    "single payment. We pay ¥1,280 a month for the Business plan and this is what we get? Fix it now "
                    "or refund this month.\n\n"
                    "Sun Qiang, Yuanhe Printing"
                ),
                "prompt_zh": (
                    "我已经等了25分钟才有人回复！从今天早上开始，我们的银行流水一条都没进账易通，也没人通知我们一声。"
                    "今天下午3点我要给供应商付8.6万元货款，付款前必须先确认哪些客户已经回款，可现在我一笔到账都看不到。"
                    "我们每个月花1280元用你们的商业版，就是这种服务？马上给我修好，不然这个月的钱退给我。\n\n"
                    "远和印务 孙强"
                ),
                "data": {"mood": "angry"},
            },
            {
                "kind": "message",
                "channel": "email",
                "title_en": "Confused email: an expired link and an empty page",
                "title_zh": "困惑邮件：链接失效，同事看不到发票",
                "prompt_en": (
                    "Subject: Can't get in, and my assistant sees nothing\n\n"
                    "Hello,\n\n"
                    "I'm not good with computers, so sorry if this is a silly question. Last night I clicked \"Forgot "
                    'password" and got an email, but when I clicked the link this morning it said "link expired". '
                    "Did I break something? Also, I asked my shop assistant Xiao Li to log in with her own email "
                    "address so she can print our invoices, but she says she only sees an empty page. I'm the one who "
                    "opened the account in the first place. What should we do?\n\n"
                    "Ma Xiaoyun, Little Peony Flower Shop"
                ),
                "prompt_zh": (
                    "主题：登不进去，店员也看不到东西\n\n"
                    "您好！\n\n"
                    "我不太会用电脑，如果问题很外行请多包涵。昨晚我点了“忘记密码”，收到一封邮件，"
                    "可今天早上点开里面的链接，页面却提示“链接已失效”。是不是我把什么弄坏了？还有，"
                    "我让店员小李用她自己的邮箱登录，帮忙打印发票，可她说登录后什么都看不到，页面是空的。"
                    "这个账户当初是我开的。我们现在该怎么办？\n\n"
                    "小牡丹花店 马晓云"
                ),
                "data": {"mood": "confused"},
            },
            {
                "kind": "message",
                "channel": "email",
                "title_en": "Policy email: the account owner has left",
                "title_zh": "政策邮件：账户所有者已离职",
                "prompt_en": (
                    "Subject: Urgent - account owner has left\n\n"
                    "Hello,\n\n"
                    "I'm Zhao Min, office manager at Qinghe Trading. Our accountant, Wu Lei, left the company last "
                    "Friday. He opened our Ledgerly account, so he is the owner, and the two-factor codes go to his "
                    "phone. Could you please: 1) make me the owner (zhao.min@qinghe-trading.example); 2) switch off "
                    "his two-factor login so I can get in; 3) send me the March invoices he created, because our tax "
                    "filing is due on 15 June. If it helps, I can give you his password: he left it on a note in his "
                    "desk.\n\n"
                    "Thanks,\n"
                    "Zhao Min"
                ),
                "prompt_zh": (
                    "主题：急！账户所有者已离职\n\n"
                    "您好！\n\n"
                    "我是清禾贸易的行政主管赵敏。我们的会计吴磊上周五离职了。公司的账易通账户是他开的，所以所有者是他，"
                    "双重验证码也是发到他的手机上。麻烦你们帮忙：一、把所有者改成我（zhao.min@qinghe-trading.example）"
                    "；二、关掉他的双重验证，让我能登录；三、把他3月开的发票发给我，我们6月15日前要报税。如果有用的话，"
                    "我可以把他的密码告诉你们，他走之前写在纸条上留在抽屉里了。\n\n"
                    "谢谢！\n"
                    "赵敏"
                ),
                "data": {"mood": "policy"},
            },
            {
                "kind": "judgement",
                "title_en": "Judgement: a director wants an employee's data",
                "title_zh": "情景判断：总经理要调取员工数据",
                "prompt_en": (
                    "In chat, a man says he is the managing director of Jinfeng Logistics. An employee, Lin Tao, is on "
                    "sick leave, and the director urgently needs the invoices in Lin Tao's Ledgerly user account for "
                    "an audit tomorrow. He is not the account admin and is getting impatient. What do you do?"
                ),
                "prompt_zh": (
                    "一位客户在线自称是金丰物流的总经理。公司员工林涛正在休病假，而明天要审计，"
                    "他急需林涛账易通账号里的发票。他不是账户管理员，语气越来越不耐烦。你会怎么做？"
                ),
                "data": {
                    "options": [
                        {
                            "key": "a",
                            "en": "Tell him this is a privacy matter that support cannot help with.",
                            "zh": "告诉他这涉及隐私，技术支持帮不上忙。",
                        },
                        {
                            "key": "b",
                            "en": (
                                "Ask him to send a photo of his ID card so you can verify him, then export the "
                                "invoices for him."
                            ),
                            "zh": "请他发一张身份证照片核实身份，核实后替他导出这些发票。",
                        },
                        {
                            "key": "c",
                            "en": (
                                "Reset Lin Tao's password and send the reset link to the director's email, so that he "
                                "can get in before the audit."
                            ),
                            "zh": "重置林涛的密码，把重置链接发到总经理的邮箱，让他在审计前能登录进去。",
                        },
                        {
                            "key": "d",
                            "en": (
                                "Explain that you cannot open or send another user's data, and that the company's "
                                "account admin can give him access; if the admin is not available, explain the Account "
                                "Security team's process and offer to start it."
                            ),
                            "zh": (
                                "说明你无法打开或转发其他用户的数据，可以由公司的账户管理员给他开通权限；"
                                "如果管理员联系不上，向他说明账户安全组的办理流程，并主动协助发起。"
                            ),
                        },
                    ],
                    "best": "d",
                    "worst": "c",
                },
            },
            {
                "kind": "judgement",
                "title_en": "Judgement: wrong tax on a PDF invoice",
                "title_zh": "情景判断：PDF发票税额有误",
                "prompt_en": (
                    "A Business customer reports that when she applies a 10% discount, the PDF of the invoice shows "
                    "tax calculated on the price before the discount, while the screen shows the right amount. She has "
                    "to send invoice INV-2024-0317 to her client today. What do you do?"
                ),
                "prompt_zh": (
                    "一位商业版客户反映：发票打九折后，页面上的税额是对的，但导出的PDF却按折前价格计税。"
                    "她今天必须把发票INV-2024-0317发给客户。你会怎么做？"
                ),
                "data": {
                    "options": [
                        {
                            "key": "a",
                            "en": (
                                "Tell her the developers will fix it in next week's release, so she can send the "
                                "invoice then."
                            ),
                            "zh": "告诉她研发会在下周的版本里修复，她可以到时再发发票。",
                        },
                        {
                            "key": "b",
                            "en": (
                                "Collect the steps, invoice number, browser and a screenshot, try to reproduce it, "
                                "open an engineering ticket and give her the ID; suggest a workaround for today if "
                                "there is one, such as entering the discount as a separate line."
                            ),
                            "zh": (
                                "收集操作步骤、发票号、浏览器信息和截图，尝试复现，提交研发工单并告知工单号；"
                                "如有临时办法也一并告诉她，例如把折扣单独列为一行。"
                            ),
                        },
                        {
                            "key": "c",
                            "en": (
                                "Ask her to clear her browser cache and try again, and close the ticket if she does "
                                "not reply within a day."
                            ),
                            "zh": "请她清除浏览器缓存后再试，如果一天内没有回复就关闭工单。",
                        },
                        {
                            "key": "d",
                            "en": (
                                "Correct the tax figure on her invoice yourself in the admin tool so that she can send "
                                "it today."
                            ),
                            "zh": "在后台管理工具里直接帮她改好发票上的税额，让她今天就能发出去。",
                        },
                    ],
                    "best": "b",
                    "worst": "d",
                },
            },
            {
                "kind": "judgement",
                "title_en": "Judgement: nobody can log in at 22:30",
                "title_zh": "情景判断：晚上十点半全员无法登录",
                "prompt_en": (
                    "At 22:30 an Enterprise customer emails that none of their 40 staff can log in: the login page "
                    'shows "Error 503". The status page shows all systems working. You are on the evening shift. '
                    "What do you do?"
                ),
                "prompt_zh": (
                    "晚上22:30，一家企业版客户发来邮件：公司40名员工都无法登录，登录页显示“Error 503”。"
                    "而服务状态页显示一切正常。你正在上晚班。你会怎么做？"
                ),
                "data": {
                    "options": [
                        {
                            "key": "a",
                            "en": (
                                "Treat it as P1: call the on-call engineer now, tell the customer it has been "
                                "escalated and when they will next hear from you, and ask for the time of the first "
                                "error and a screenshot."
                            ),
                            "zh": (
                                "按P1处理：立即电话联系值班工程师，告诉客户问题已升级以及下次同步进展的时间，"
                                "并请客户提供首次报错的时间和截图。"
                            ),
                        },
                        {
                            "key": "b",
                            "en": (
                                "Ask them to try another browser and clear the cache, and escalate if that does not "
                                "help."
                            ),
                            "zh": "请客户换个浏览器、清除缓存再试，如果还不行再升级。",
                        },
                        {
                            "key": "c",
                            "en": (
                                "Log a normal ticket for the morning team, since the engineers have gone home and the "
                                "status page shows no incident."
                            ),
                            "zh": "给早班团队建一个普通工单，因为工程师已经下班，状态页也没有显示故障。",
                        },
                        {
                            "key": "d",
                            "en": (
                                "Reply that the status page shows no incident, ask them to check with their IT team "
                                "whether their network blocks Ledgerly, and escalate if it does not."
                            ),
                            "zh": (
                                "回复客户状态页没有显示故障，请他们先让公司IT确认网络是否拦截了账易通，排除后再升级。"
                            ),
                        },
                    ],
                    "best": "a",
                    "worst": "c",
                },
            },
            {
                "kind": "typing",
                "title_en": "Typing: an incident update",
                "title_zh": "打字：故障进展回复",
                "prompt_en": (
                    "Sorry for the trouble with your bank feed today. Our engineers are fixing a delay that affects "
                    "some banks, and your transactions will catch up on their own. Your invoices and reports are not "
                    "affected."
                ),
                "prompt_zh": (
                    "非常抱歉，今天的银行流水同步给您添了麻烦。目前部分银行的流水同步出现延迟，工程师正在全力处理，"
                    "恢复后您的交易记录会自动补齐，不会重复入账，开票和报表功能也不受影响。如果您今天急需查看到账情况，"
                    "可以先手动导入银行对账单。给您的工作带来不便，我们深表歉意。我会持续关注处理进展，"
                    "有新消息第一时间通知您。"
                ),
                "data": {"seconds": 60},
            },
            {
                "kind": "repetitive",
                "title_en": "Check: licence keys in tickets vs the licensing system",
                "title_zh": "核对：工单中的授权码与授权系统",
                "prompt_en": (
                    "On the left are licence keys as customers pasted them into their tickets; on the right, the keys "
                    "recorded in the licensing system for the same customers. For each row, decide whether the two are "
                    "exactly the same."
                ),
                "prompt_zh": (
                    "左列是客户在工单中粘贴的授权码，右列是授权系统中为同一客户登记的授权码。"
                    "请逐行判断两者是否完全一致。"
                ),
                "data": {
                    "rows": [
                        {"left": "UFBV-521Y-JNT6-AQ1B", "right": "UFBV-521Y-JNT6-AQ7B"},
                        {"left": "GF94-B05Y-DPCZ-MPZZ", "right": "GF94-B05Y-DPCZ-MPZZ"},
                        {"left": "UWF8-M86L-MMIW-1NHF", "right": "UWF8-M86L-MMIW-1NHF"},
                        {"left": "G5CT-TXG2-UIV7-OPSK", "right": "G5CT-TXGZ-UIV7-OPSK"},
                        {"left": "GH9R-XIKG-2L6C-D43B", "right": "GH9R-XIKG-2L6C-D43B"},
                        {"left": "LQAQ-DI6F-YB29-NCES", "right": "LQAQ-DI6F-YB29-NCES"},
                        {"left": "7ON7-UPFG-O1LI-0RSG", "right": "7ON7-UPFG-O1LI-ORSG"},
                        {"left": "4LA6-X4L4-ERIU-54VO", "right": "4LA6-X4L4-ERIU-54VO"},
                        {"left": "ODUG-BJXO-5RLF-XOIH", "right": "ODUG-BJXO-5RIF-XOIH"},
                        {"left": "RO86-TAX2-BK3P-BM65", "right": "RO86-TAX2-BK3P-BM65"},
                        {"left": "F4T8-IOM1-IVSF-QD92", "right": "F4T8-IOM1-IVSF-QD92"},
                        {"left": "B74U-W4YV-TXL2-C48O", "right": "B7AU-W4YV-TXL2-C48O"},
                        {"left": "SITF-2PSK-0ZH7-HT6A", "right": "SITF-2PSK-0ZH7-HT6A"},
                        {"left": "CSHR-8C4F-TNZK-FM03", "right": "CSHR-8C4F-TNZK-FM03"},
                        {"left": "ZUFL-CHMB-JJU3-UDCG", "right": "ZUFL-CHMB-JJU8-UDCG"},
                        {"left": "WBJY-FLPP-5WQI-5ZIQ", "right": "WBJY-FLPP-5WQI-5ZIQ"},
                        {"left": "OV7J-Y2VC-93YP-ILPW", "right": "OV7J-Y2VC-93YP-ILPW"},
                        {"left": "95DC-W58L-4ZRW-CU6M", "right": "45DC-W58L-4ZRW-CU6M"},
                        {"left": "3Z9B-I5M6-N5E7-A32S", "right": "3Z9B-I5M6-N5E7-A32S"},
                        {"left": "DC42-YTLK-E07I-HE58", "right": "DC42-YTLK-E07I-HE58"},
                    ],
                    "key": [
                        False,
                        True,
                        True,
                        False,
                        True,
                        True,
                        False,
                        True,
                        False,
                        True,
                        True,
                        False,
                        True,
                        True,
                        False,
                        True,
                        True,
                        False,
                        True,
                        True,
                    ],
                },
            },
        ],
    },
    {
        "code": "finance-card-services",
        "industry": "finance",
        "minutes": 30,
        "title_en": "Finance card services: Hengchuan Bank",
        "title_zh": "金融卡务服务：恒川银行",
        "instructions_en": (
            "You are a credit-card service agent at Hengchuan Bank, answering customers in the banking app's chat, in "
            "web chat and by email. You start with one practice question, which is neither timed nor scored. The timed "
            "run then lasts 30 minutes: three customer messages to answer in writing, three situational-judgement "
            "questions (choose the best and the worst response), a one-minute typing task and a check of 20 pairs of "
            "masked card numbers.\n\n"
            "The knowledge base at the side sets out the verification, security and dispute rules; use it as often as "
            "you like. Your answers save automatically as you go, and whatever you have entered when the time runs out "
            "is submitted."
        ),
        "instructions_zh": (
            "你将以恒川银行信用卡客服的身份完成本次模拟，通过手机银行App内的在线客服、网页在线客服和邮件答复客户。"
            "正式开始前有一道练习题，不计时，也不计分。正式部分限时30分钟，包括三条需要书面回复的客户消息、"
            "三道情景判断题（选出最佳和最差的做法）、一项1分钟的打字测试，以及20组脱敏卡号的核对。\n\n"
            "页面一侧的知识库列出了身份核验、账户安全和交易争议的相关规定，可随时查阅。作答内容会自动保存，"
            "时间到时已填写的内容将自动提交。"
        ),
        "knowledge_base_en": (
            "## Who you may talk to\n"
            "- In-app chat: the customer is verified by their app login; confirm the name on the account.\n"
            "- Web chat and email are not verified: never discuss balances, transactions or card status there. Point "
            "the customer to in-app chat or the number on the back of the card.\n"
            "- Only the cardholder may receive account information; family members need the cardholder's written "
            "authorisation at a branch.\n\n"
            "## Never ask for or share\n"
            "- Never ask for or accept a full card number, CVV, PIN, password or one-time verification code. Card "
            "numbers show only the first and last 4 digits.\n"
            "- If a customer has shared a code, PIN or CVV with anyone, block the card at once and pass the case to "
            "the Fraud team.\n\n"
            "## Freezing and blocking\n"
            "- Temporary freeze: by the customer in the app (Cards > Freeze) or by you in in-app chat; the customer "
            "can lift it in the app.\n"
            "- Lost, stolen or compromised cards are blocked for good; a free replacement arrives in 5 to 7 working "
            "days.\n"
            "- A risk-control hold on an unusual payment is lifted in in-app chat once the customer confirms the "
            "payment is theirs. It is not a service error, so no compensation is due.\n\n"
            "## Disputed transactions\n"
            "- Unrecognised transaction: block the card, open a fraud dispute and give the reference number. "
            "Provisional credit within 5 working days; investigation up to 45 days; no interest on the disputed amount "
            "meanwhile.\n"
            "- Merchant problems (double charge, goods not received): the customer contacts the merchant first; if "
            "unresolved after 7 days, we open a dispute.\n\n"
            "## Late fees\n"
            "- You may waive one late fee per card in any 12 months, once the overdue amount is paid."
        ),
        "knowledge_base_zh": (
            "## 可以与谁沟通\n"
            "- App内在线客服：客户已通过App登录完成身份验证，只需核对账户姓名。\n"
            "- 网页在线客服和邮件未经身份验证：不得在这些渠道谈及余额、交易或卡片状态，请客户改用App内在线客服，"
            "或拨打卡片背面的客服电话。\n"
            "- 账户信息只能告知持卡人本人；家属代办须由持卡人到网点办理书面授权。\n\n"
            "## 绝不索要，也绝不提供\n"
            "- 不得索要或接收完整卡号、CVV安全码、交易密码、登录密码或短信验证码。卡号只显示前4位和后4位。\n"
            "- 客户如已把验证码、密码或CVV告诉任何人，立即对卡片作止付处理，并转交反欺诈组。\n\n"
            "## 冻结与止付\n"
            "- 临时冻结：客户可在App中自助操作（卡片 > 冻结），也可由客服在App内在线客服中代为操作；"
            "客户可随时在App中解冻。\n"
            "- 卡片遗失、被盗或信息泄露的，作永久止付，免费补发新卡，5至7个工作日寄达。\n"
            "- 风控拦截（系统自动拦截的异常交易）：客户在App内在线客服中确认交易为本人所为后，客服即可解除。"
            "风控拦截不属于服务差错，不予补偿。\n\n"
            "## 交易争议\n"
            "- 客户不认可的交易：止付卡片，发起盗刷争议，并告知受理编号。5个工作日内先行入账临时退款；调查最长45天，"
            "调查期间争议金额不计利息。\n"
            "- 商户问题（重复扣款、未收到货）：客户须先联系商户；7天后仍未解决的，由银行发起争议。\n\n"
            "## 违约金\n"
            "- 每张卡12个月内可减免一次违约金，前提是逾期款项已还清。"
        ),
        "items": [
            {
                "kind": "judgement",
                "practice": True,
                "title_en": "Practice: where is my statement?",
                "title_zh": "练习：账单在哪里查看？",
                "prompt_en": (
                    "A customer asks in in-app chat how to see her latest card statement. (Statements are in the app "
                    "under Cards > Statements.) What do you do?"
                ),
                "prompt_zh": (
                    "一位客户在App内在线客服询问，怎样查看最新一期信用卡账单。（账单位于App中的“卡片 > 账单”。）"
                    "你会怎么做？"
                ),
                "data": {
                    "options": [
                        {
                            "key": "a",
                            "en": (
                                "Ask her to type her full card number first so that you can find the right statement."
                            ),
                            "zh": "先请客户输入完整卡号，方便你找到对应的账单。",
                        },
                        {
                            "key": "b",
                            "en": "Tell her that statements are sent by post every month.",
                            "zh": "告诉客户账单每月会邮寄到家。",
                        },
                        {
                            "key": "c",
                            "en": (
                                "Tell her the statements are under Cards > Statements, and offer to explain any item "
                                "she is unsure about."
                            ),
                            "zh": "告诉客户在“卡片 > 账单”中查看，并表示如有看不懂的款项可以帮她解释。",
                        },
                        {
                            "key": "d",
                            "en": 'Reply "Cards > Statements" and end the chat.',
                            "zh": "只回复“卡片 > 账单”，随即结束对话。",
                        },
                    ],
                    "best": "c",
                    "worst": "a",
                },
            },
            {
                "kind": "message",
                "channel": "chat",
                "title_en": "Angry chat: card declined at a hotel abroad",
                "title_zh": "愤怒咨询：境外酒店刷卡被拒",
                "prompt_en": (
                    "(In-app chat, Wang Lei)\n\n"
                    "Your bank has just humiliated me. I'm at the front desk of my hotel in Singapore with two clients "
                    "watching, and my card ending 4821 was declined for a S$1,150 deposit. Twice. I've had this card "
                    "for eight years and I pay in full every month. Nobody asked me before blocking it! Now I'm "
                    "standing here borrowing my colleague's card. Unblock it immediately, and tell me what you are "
                    "going to do to make up for this."
                ),
                "prompt_zh": (
                    "（App内在线客服，王磊）\n\n"
                    "你们银行让我丢尽了脸！我现在就站在新加坡一家酒店的前台，旁边还有两位客户看着，"
                    "我尾号4821的卡付1150新元押金被拒了，连着两次！这张卡我用了八年，每个月都全额还款，"
                    "你们冻卡之前问都不问我一声？现在我只能借同事的卡先付。马上给我解封，还有，你们打算怎么弥补我？"
                ),
                "data": {"mood": "angry"},
            },
            {
                "kind": "message",
                "channel": "email",
                "title_en": "Confused email: is this text message from you?",
                "title_zh": "困惑邮件：这条短信是你们发的吗？",
                "prompt_en": (
                    "Subject: Is this message from you?\n\n"
                    "Dear Hengchuan Bank,\n\n"
                    'This morning I got a text saying my card "will be frozen today" unless I click a link and '
                    "update my details. Then a man phoned, said he was from your security department and knew my name. "
                    "He asked me to read him a six-digit code that had just come by text, but I said I would ask my "
                    "daughter first and hung up. I haven't clicked the link. Is my card in danger? And why does my May "
                    "statement show ¥2,399 in instalments? I don't remember buying anything like that.\n\n"
                    "Li Shufen"
                ),
                "prompt_zh": (
                    "主题：这条短信是你们发的吗？\n\n"
                    "恒川银行：\n\n"
                    "你们好！今天早上我收到一条短信，说我的信用卡“今天将被冻结”，要我点链接更新资料。"
                    "接着有个男的打电话来，说是你们安全部门的，还叫得出我的名字。"
                    "他让我把刚收到的一个六位数验证码念给他，我说要先问问女儿，就把电话挂了。链接我没有点。"
                    "我的卡会不会有危险？还有，我5月的账单上怎么有一笔2399元的分期？我不记得买过这样的东西。\n\n"
                    "李淑芬"
                ),
                "data": {"mood": "confused"},
            },
            {
                "kind": "message",
                "channel": "chat",
                "title_en": "Multi-issue chat: a strange charge, a double charge and a fee",
                "title_zh": "多问题咨询：陌生扣款、重复扣费与违约金",
                "prompt_en": (
                    "(In-app chat, Chen Yu)\n\n"
                    'Hi, a few things. 1) There\'s a ¥3,680 charge from "ZX Digital Store" on 2 June that I '
                    "definitely didn't make. 2) My music app, TuneBox, took ¥58 twice on 5 June. 3) Last month I was "
                    "charged a ¥45 late fee. I paid two days late because I was in hospital; it's the first time ever, "
                    "and the bill is paid now. Can you take it off? 4) To save time, here's my full card number: 6222 "
                    "0215 8833 4821, and the code on the back is 317."
                ),
                "prompt_zh": (
                    "（App内在线客服，陈雨）\n\n"
                    "你好，有几件事。1. 6月2日有一笔“ZX数码商城”的3680元消费，绝对不是我刷的。2. 我用的音乐App“乐盒”"
                    "6月5日扣了我两次58元。3. 上个月我被收了45元违约金，因为住院晚还了两天，这是我第一次逾期，"
                    "现在账单已经还清了，能不能帮我免掉？4. 为了省时间，我直接把完整卡号发你：6222 0215 8833 4821，"
                    "卡背面的三位数是317。"
                ),
                "data": {"mood": "multi_issue"},
            },
            {
                "kind": "judgement",
                "title_en": "Judgement: a daughter asks about her father's card",
                "title_zh": "情景判断：女儿代父亲查询账户",
                "prompt_en": (
                    "In web chat, a woman says her father, Mr Zhou, is in hospital, and asks for the balance and "
                    "payment due date on his card ending 7730 so that she can pay it for him. She is clearly worried, "
                    "and offers his date of birth and ID number as proof. What do you do?"
                ),
                "prompt_zh": (
                    "一位女士在网页在线客服中说，她父亲周先生正在住院，想查询父亲尾号7730那张卡的欠款金额和还款日，"
                    "好替他还款。她显得很着急，还主动提供了父亲的出生日期和身份证号作为证明。你会怎么做？"
                ),
                "data": {
                    "options": [
                        {
                            "key": "a",
                            "en": "Tell her you can only discuss the account with the cardholder, and end the chat.",
                            "zh": "告诉她账户信息只能和持卡人本人沟通，然后结束对话。",
                        },
                        {
                            "key": "b",
                            "en": (
                                "Since she has given his date of birth and ID number, tell her the due date but not "
                                "the balance."
                            ),
                            "zh": "既然她已提供了父亲的出生日期和身份证号，就告诉她还款日，但不透露欠款金额。",
                        },
                        {
                            "key": "c",
                            "en": (
                                "Ask her to have her father call from his hospital bed now, so that he can give "
                                "consent on the phone."
                            ),
                            "zh": "请她让父亲现在就从病床上打电话过来，在电话里表示同意。",
                        },
                        {
                            "key": "d",
                            "en": (
                                "Explain kindly that you cannot share a cardholder's details with anyone else, even "
                                "family; suggest her father checks in the app or calls the number on the back of the "
                                "card when he is able, or arranges a written authorisation at a branch."
                            ),
                            "zh": (
                                "耐心说明持卡人的信息不能告诉包括家属在内的任何人；"
                                "建议她父亲方便时通过App或拨打卡片背面的客服电话查询，或到网点办理书面授权。"
                            ),
                        },
                    ],
                    "best": "d",
                    "worst": "b",
                },
            },
            {
                "kind": "judgement",
                "title_en": "Judgement: a code read out to a caller",
                "title_zh": "情景判断：验证码已告诉来电者",
                "prompt_en": (
                    'In in-app chat, a customer says that ten minutes ago someone from "Hengchuan Bank security" '
                    "phoned about a suspicious payment, and she read out the verification code from a text message to "
                    "stop it. Now she wonders whether that was a mistake. What do you do?"
                ),
                "prompt_zh": (
                    "一位客户在App内在线客服中说，十分钟前有人自称“恒川银行安全中心”打来电话，说她有一笔可疑交易，"
                    "她为了拦截这笔交易，把短信里的验证码念给了对方。现在她担心自己是不是做错了。你会怎么做？"
                ),
                "data": {
                    "options": [
                        {
                            "key": "a",
                            "en": (
                                "Tell her to change her online-banking password and watch her transactions, and to "
                                "contact you again if she sees anything she does not recognise."
                            ),
                            "zh": "让她修改网银登录密码，留意账户交易，发现不认识的交易再联系客服。",
                        },
                        {
                            "key": "b",
                            "en": (
                                "Ask her to tell you the code she read out, so that you can check whether it has been "
                                "used."
                            ),
                            "zh": "请她把念给对方的验证码告诉你，你来查一下这个验证码有没有被使用。",
                        },
                        {
                            "key": "c",
                            "en": (
                                "Block the card now, pass the case to the Fraud team, go through her recent "
                                "transactions with her, and explain that the bank never asks for codes, so she should "
                                "not share them with anyone."
                            ),
                            "zh": (
                                "立即止付卡片，转交反欺诈组，和她一起逐笔核对近期交易，并说明银行绝不会索要验证码，"
                                "今后不要告诉任何人。"
                            ),
                        },
                        {
                            "key": "d",
                            "en": (
                                "Check her recent transactions with her; if none look wrong, reassure her that the "
                                "code has probably expired by now."
                            ),
                            "zh": "和她一起查看近期交易，如果没有异常，就安慰她验证码现在应该已经失效了。",
                        },
                    ],
                    "best": "c",
                    "worst": "b",
                },
            },
            {
                "kind": "judgement",
                "title_en": "Judgement: a colleague asks for a favour",
                "title_zh": "情景判断：同事请你帮忙查账",
                "prompt_en": (
                    "During a busy shift, the colleague at the next desk asks you to look up whether her friend's "
                    'Hengchuan card is overdue. The friend is a customer and "doesn\'t mind", and it would take you '
                    "ten seconds. What do you do?"
                ),
                "prompt_zh": (
                    "在一个忙碌的班次中，邻座同事请你帮忙查一下她朋友的恒川银行信用卡有没有逾期。她说朋友也是本行客户，"
                    "“不介意的”，而且你只要十秒钟就能查到。你会怎么做？"
                ),
                "data": {
                    "options": [
                        {
                            "key": "a",
                            "en": (
                                "Decline politely, and suggest that the friend checks in the app or calls the number "
                                "on the back of her card herself."
                            ),
                            "zh": "礼貌地拒绝，并建议那位朋友自己通过App查询，或拨打卡片背面的客服电话。",
                        },
                        {
                            "key": "b",
                            "en": "Tell your colleague to ask the team leader whether it is allowed.",
                            "zh": "让同事去问问组长这样做是否可以。",
                        },
                        {
                            "key": "c",
                            "en": (
                                "Agree to do it once the friend has sent a message in in-app chat saying she gives "
                                "permission."
                            ),
                            "zh": "答应同事，等那位朋友在App内在线客服留言表示同意后再查。",
                        },
                        {
                            "key": "d",
                            "en": 'Look it up, but only tell your colleague "yes" or "no", without any amounts.',
                            "zh": "帮忙查一下，但只告诉同事“有”或“没有”，不透露具体金额。",
                        },
                    ],
                    "best": "a",
                    "worst": "d",
                },
            },
            {
                "kind": "typing",
                "title_en": "Typing: a security reminder",
                "title_zh": "打字：安全提醒回复",
                "prompt_en": (
                    "For your security, please never share your PIN, CVV or any verification code with anyone, "
                    "including bank staff. I have blocked your card ending 4821, and a new card will reach you within "
                    "5 to 7 working days."
                ),
                "prompt_zh": (
                    "为了您的资金安全，请不要把交易密码、卡片背面的安全码或任何短信验证码告诉他人，"
                    "银行工作人员也绝不会向您索要。我已为您尾号4821的卡片办理了止付，"
                    "新卡将在五到七个工作日内寄到您的账单地址。那笔您不认可的交易已提交争议处理，"
                    "受理编号会通过短信发送给您，临时退款将在五个工作日内入账。如有其他疑问，请随时通过App联系我们。"
                ),
                "data": {"seconds": 60},
            },
            {
                "kind": "repetitive",
                "title_en": "Check: card numbers on dispute forms vs the card system",
                "title_zh": "核对：争议申请表卡号与卡片系统",
                "prompt_en": (
                    "On the left are the masked card numbers that customers wrote on their dispute forms; on the "
                    "right, the numbers the card system holds for the same customers. For each row, decide whether the "
                    "two are exactly the same."
                ),
                "prompt_zh": (
                    "左列是客户在争议申请表上填写的脱敏卡号，右列是卡片系统中同一客户的卡号。"
                    "请逐行判断两者是否完全一致。"
                ),
                "data": {
                    "rows": [
                        {"left": "6222 **** **** 7693", "right": "6222 **** **** 7693"},
                        {"left": "6222 **** **** 6436", "right": "6222 **** **** 6436"},
                        {"left": "6211 **** **** 0708", "right": "6217 **** **** 0708"},
                        {"left": "6217 **** **** 1842", "right": "6217 **** **** 1842"},
                        {"left": "5187 **** **** 3797", "right": "5187 **** **** 3797"},
                        {"left": "6228 **** **** 2267", "right": "6228 **** **** 2287"},
                        {"left": "6717 **** **** 0542", "right": "6217 **** **** 0542"},
                        {"left": "6228 **** **** 0993", "right": "6228 **** **** 0993"},
                        {"left": "6217 **** **** 3787", "right": "6217 **** **** 3787"},
                        {"left": "5187 **** **** 1335", "right": "5187 **** **** 7335"},
                        {"left": "5187 **** **** 6759", "right": "5187 **** **** 6759"},
                        {"left": "6217 **** **** 9717", "right": "6217 **** **** 9717"},
                        {"left": "6222 **** **** 1935", "right": "6222 **** **** 1935"},
                        {"left": "6222 **** **** 6601", "right": "6222 **** **** 6501"},
                        {"left": "6258 **** **** 3252", "right": "6258 **** **** 3252"},
                        {"left": "6217 **** **** 5411", "right": "6217 **** **** 5411"},
                        {"left": "4892 **** **** 5978", "right": "4392 **** **** 5978"},
                        {"left": "5187 **** **** 4039", "right": "5187 **** **** 4039"},
                        {"left": "6217 **** **** 3554", "right": "6217 **** **** 3554"},
                        {"left": "4392 **** **** 9583", "right": "9392 **** **** 9583"},
                    ],
                    "key": [
                        True,
                        True,
                        False,
                        True,
                        True,
                        False,
                        False,
                        True,
                        True,
                        False,
                        True,
                        True,
                        True,
                        False,
                        True,
                        True,
                        False,
                        True,
                        True,
                        False,
                    ],
                },
            },
        ],
    },
]


def _validate() -> None:
    for dimension in DIMENSIONS:
        anchors = RUBRIC.get(dimension)
        assert anchors, dimension
        assert set(anchors) == {1, 3, 5}, dimension
        assert all(en.strip() and zh.strip() for en, zh in anchors.values()), dimension
    assert set(RUBRIC) == set(DIMENSIONS)
    codes = set()
    for simulation in SIMULATIONS:
        code = simulation["code"]
        assert code not in codes, code
        codes.add(code)
        assert simulation["industry"] in INDUSTRIES, code
        assert MINUTES_MIN <= simulation["minutes"] <= MINUTES_MAX, code
        for field in ("title", "instructions", "knowledge_base"):
            assert simulation[f"{field}_en"].strip(), (code, field)
            assert simulation[f"{field}_zh"].strip(), (code, field)
        items = simulation["items"]
        assert sum(1 for item in items if item.get("practice")) == 1, code
        for item in items:
            where = (code, item.get("title_en"))
            assert item["kind"] in KINDS, where
            assert not item.get("practice") or item["kind"] == "judgement", where
            assert (item.get("channel") in CHANNELS) == (item["kind"] == "message"), where
            for field in ("title", "prompt"):
                assert item[f"{field}_en"].strip(), (where, field)
                assert item[f"{field}_zh"].strip(), (where, field)
            data = item["data"]
            if item["kind"] == "message":
                assert data["mood"] in MOODS, where
            elif item["kind"] == "judgement":
                keys = [option["key"] for option in data["options"]]
                assert 3 <= len(keys) <= 5, where
                assert len(set(keys)) == len(keys), where
                assert all(option["en"].strip() and option["zh"].strip() for option in data["options"]), where
                assert data["best"] in keys, where
                assert data["worst"] in keys, where
                assert data["best"] != data["worst"], where
            elif item["kind"] == "typing":
                assert SECONDS_MIN <= data["seconds"] <= SECONDS_MAX, where
            else:
                assert ROWS_MIN <= len(data["rows"]) <= ROWS_MAX, where
                assert len(data["key"]) == len(data["rows"]), where
                assert all(row["left"] and row["right"] for row in data["rows"]), where
                assert all(
                    (row["left"] == row["right"]) == agree for row, agree in zip(data["rows"], data["key"], strict=True)
                ), where


_validate()
