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
                    "我们已经向您的账户发放了一张二十元的优惠券，下次购物时可以直接抵扣。再次向您表示歉意，"
                    "如果还有其他问题，欢迎随时联系我们，祝您生活愉快！"
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
        assert 5 <= simulation["minutes"] <= 180, code
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
                assert 30 <= data["seconds"] <= 300, where
            else:
                assert 10 <= len(data["rows"]) <= 40, where
                assert len(data["key"]) == len(data["rows"]), where
                assert all(row["left"] and row["right"] for row in data["rows"]), where
                assert all(
                    (row["left"] == row["right"]) == agree for row, agree in zip(data["rows"], data["key"], strict=True)
                ), where


_validate()
