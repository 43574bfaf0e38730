"""Plausible people for a large data set: Chinese and English names, schools, cities, phones.
Deterministic for a given ``random.Random``; addresses use reserved example domains only."""

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹"
    "霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴"
    "蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒"
)
PINYIN = {
    "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "黄": "huang", "赵": "zhao",
    "吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun", "马": "ma", "朱": "zhu", "胡": "hu", "郭": "guo",
}  # fmt: skip
FIRST_EN = ["Emily", "James", "Olivia", "Daniel", "Sophia", "Lucas", "Grace", "Ryan", "Chloe", "Kevin", "Mia", "Jason"]
LAST_EN = ["Zhou", "Smith", "Lee", "Wong", "Brown", "Tan", "Garcia", "Nguyen", "Kim", "Lim", "Patel", "Chan"]
CITIES = ["杭州", "上海", "深圳", "北京", "广州", "成都", "武汉", "南京", "西安", "苏州", "重庆", "长沙"]
SCHOOLS = [
    "浙江工商职业技术学院", "上海电子信息职业技术学院", "深圳职业技术大学", "北京财贸职业学院", "广东轻工职业技术学院",
    "四川商务职业学院", "武汉职业技术学院", "南京旅游职业学院", "浙江大学", "复旦大学", "华中师范大学", "西南财经大学",
    "杭州第十四中学", "成都七中", "Hong Kong Polytechnic University", "University of Nottingham Ningbo China",
]  # fmt: skip
MAJORS = ["市场营销", "电子商务", "工商管理", "英语", "汉语言文学", "计算机应用", "会计", "旅游管理", "Business", ""]
DOMAINS = ["example.com", "example.cn", "example.org", "example.net"]
# Mainland mobile prefixes that phonenumbers accepts as valid (so imported rows pass the same check)
MOBILE_PREFIXES = ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157",
                   "158", "159", "177", "186", "187", "188", "189", "198"]  # fmt: skip
EDUCATION = [("high_school", 25), ("associate", 40), ("bachelor", 30), ("master", 4), ("below_high_school", 1)]


def person(rng, pk: int) -> dict:
    """One person; ``pk`` makes the e-mail and phone unique."""
    if rng.random() < 0.88:
        surname = rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
        name = surname + given
        local = PINYIN.get(surname, "cs")
    else:
        first, last = rng.choice(FIRST_EN), rng.choice(LAST_EN)
        name = f"{first} {last}"
        local = f"{first}.{last}".lower()
    education = rng.choices([e for e, _w in EDUCATION], [w for _e, w in EDUCATION])[0]
    years = rng.choice((0, 0, 0.5, 1, 1, 2, 2, 3, 4, 5, 6, 8, 10))
    return {
        "full_name": name,
        "email": f"{local}.{pk}@{DOMAINS[pk % len(DOMAINS)]}",
        "phone": f"+86{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**8):08d}",
        "current_city": rng.choice(CITIES),
        "education": education,
        "school": rng.choice(SCHOOLS),
        "major": rng.choice(MAJORS),
        "graduation_year": rng.randrange(2005, 2027),
        "years_experience": years,
        "years_customer_service": min(years, rng.choice((0, 0, 0.5, 1, 2, 3, 5))),
        "cs_practice_hours": rng.choice((0, 0, 120, 400, 800, 1500)),
        "languages": {"zh": "native", "en": rng.choice(("basic", "conversational", "fluent"))}
        if rng.random() < 0.6
        else {"zh": "native"},
        "language": "en" if rng.random() < 0.1 else "zh-hans",
    }
