s = "日本語テキスト"; n = None
r = len(s) + n
