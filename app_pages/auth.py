"""Optional login (streamlit-authenticator): reviewers and bcrypt-hashed passwords in a YAML
file outside the repository, named by $NIANBAO_AUTH (default ~/.config/nianbao/auth.yaml).
Without that file there is no login and the app should stay on 127.0.0.1
(.streamlit/config.toml). The file (hash a password with
``python -c "import streamlit_authenticator as s; print(s.Hasher.hash('…'))"``)::

    credentials:
      usernames:
        zhang: {name: 张三, password: "$2b$12$…"}
    cookie: {name: nianbao_auth, key: "a long random string", expiry_days: 7}
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import streamlit as st


def auth_file() -> Path | None:
    p = Path(os.environ.get("NIANBAO_AUTH") or Path.home() / ".config" / "nianbao" / "auth.yaml")
    return p if p.is_file() else None


def reviewer() -> str | None:
    """The signed-in reviewer's name; stops the page until one signs in (when configured)."""
    f = auth_file()
    if f is None:
        return None
    import streamlit_authenticator as stauth
    import yaml

    try:
        config = yaml.safe_load(f.read_text(encoding="utf-8"))
        cookie = config.get("cookie") or {}
        auth = stauth.Authenticate(config["credentials"], cookie.get("name", "nianbao_auth"),
                                   cookie["key"], cookie.get("expiry_days", 7), auto_hash=False)
    except Exception:  # noqa: BLE001 - a broken file closes the app, never opens it
        logging.getLogger("nianbao.app").exception("login file %s", f)
        st.error("登录配置文件有误，暂时无法登录；详情已写入服务器日志。")
        st.stop()
    auth.login(location="main", fields={"Form name": "审阅人登录", "Username": "用户名",
                                        "Password": "密码", "Login": "登录"})
    status = st.session_state.get("authentication_status")
    if status is False:
        st.error("用户名或密码不对。")
    if not status:
        st.stop()
    auth.logout("退出登录", "sidebar")
    return st.session_state.get("name") or st.session_state.get("username")
