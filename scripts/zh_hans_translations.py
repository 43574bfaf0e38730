"""One-off helper kept for maintainers: fill the zh_Hans catalogue from a table.

Usage: .venv/bin/python scripts/zh_hans_translations.py  (after `make messages` added new msgids).
Entries already translated in the .po file are kept; the table only fills the missing ones.
"""

from pathlib import Path

import polib

PO = Path(__file__).resolve().parent.parent / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"

ZH = {
    "Candidates": "候选人",
    "Interviews": "面试",
    "Recruiting": "招聘",
    "Requisitions": "招聘需求",
    "Log in": "登录",
    "Change my password": "修改我的密码",
    "created at": "创建时间",
    "updated at": "更新时间",
    "Simplified Chinese": "简体中文",
    "English": "英语",
    "Pending": "待发送",
    "Sent": "已发送",
    "Failed": "发送失败",
    "recipient": "收件人",
    "recipient user": "收件用户",
    "language": "语言",
    "template": "模板",
    "context": "内容数据",
    "status": "状态",
    "attempts": "尝试次数",
    "last error": "最近错误",
    "sent at": "发送时间",
    "notification": "通知",
    "notifications": "通知",
    "time": "时间",
    "actor": "操作人",
    "actor name": "操作人名称",
    "action": "操作",
    "target type": "对象类型",
    "target id": "对象编号",
    "target": "对象",
    "data": "数据",
    "audit event": "审计记录",
    "audit events": "审计记录",
    "HR recruiter": "招聘专员",
    "Hiring manager": "用人部门主管",
    "Interviewer": "面试官",
    "Approver": "审批人",
    "Bad request": "请求无效",
    "The request could not be understood. Check the address or the form and try again.": "无法处理该请求。请检查网址或表单后重试。",
    "Back to the home page": "返回首页",
    "Access denied": "无权访问",
    "You do not have permission to see this page.": "您没有查看此页面的权限。",
    "Page not found": "页面不存在",
    "The page you asked for does not exist or is no longer available.": "您访问的页面不存在或已不可用。",
    "CS Hiring": "客服招聘",
    "Skip to main content": "跳到主要内容",
    "Applicant tracking for customer-service hiring": "客服岗位招聘管理系统",
    "Hello %(name)s,": "%(name)s，您好：",
    "The password of your recruiting account <strong>%(username)s</strong> was changed on %(changed_at)s.": "您的招聘系统账号 <strong>%(username)s</strong> 的密码已于 %(changed_at)s 更改。",
    "The password of your recruiting account %(username)s was changed on %(changed_at)s.": "您的招聘系统账号 %(username)s 的密码已于 %(changed_at)s 更改。",
    "If you did not change it, contact your administrator at once.": "如果这不是您本人的操作，请立即联系系统管理员。",
    "This message was sent by the recruiting system. Please do not reply to it.": "本邮件由招聘系统自动发送，请勿直接回复。",
    "Your password was changed": "您的密码已更改",
    "Home": "首页",
    "Welcome, %(name)s": "欢迎，%(name)s",
    "Recruiting dashboard": "招聘看板",
    "Emails waiting to be sent": "待发送邮件",
    "Emails that failed": "发送失败的邮件",
    "Emails sent in the last 7 days": "近 7 天已发送邮件",
    "Audit events in the last 7 days": "近 7 天审计记录",
    "Team": "团队",
    "HR recruiters": "招聘专员",
    "Hiring managers": "用人部门主管",
    "Interviewers": "面试官",
    "Approvers": "审批人",
    "My requisitions": "我的招聘需求",
    "You have no requisitions yet.": "您还没有招聘需求。",
    "My interviews": "我的面试",
    "No interviews are assigned to you.": "目前没有分配给您的面试。",
    "Waiting for my approval": "待我审批",
    "Nothing is waiting for your approval.": "目前没有待您审批的事项。",
    "Your account has no role yet. Ask an administrator to give you one.": "您的账号尚未分配角色，请联系管理员分配。",
    "Language": "语言",
    "Close": "关闭",
    "Main navigation": "主导航",
    "Toggle navigation": "展开或收起导航",
    "Dashboard": "看板",
    "Approvals": "审批",
    "Administration": "系统管理",
    "Change password": "修改密码",
    "Log out": "退出登录",
    "Password changed": "密码已修改",
    "Your password has been changed. We have sent you an email about it.": "您的密码已修改，我们已发送邮件通知您。",
    "Staff sign-in for recruiters, hiring managers, interviewers and approvers.": "供招聘专员、用人部门主管、面试官和审批人登录。",
}


def main():
    po = polib.pofile(str(PO))
    po.metadata["Plural-Forms"] = "nplurals=1; plural=0;"
    po.metadata["Language"] = "zh_Hans"
    missing = []
    for entry in po:
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            entry.msgstr = ""
        if not entry.msgstr and entry.msgid in ZH:
            entry.msgstr = ZH[entry.msgid]
        if not entry.msgstr:
            missing.append(entry.msgid)
    po.save()
    po.save_as_mofile(str(PO.with_suffix(".mo")))
    if missing:
        raise SystemExit("Untranslated:\n" + "\n".join(missing))
    print(f"{PO.name}: {len(po)} entries translated; compiled {PO.with_suffix('.mo').name}")


if __name__ == "__main__":
    main()
