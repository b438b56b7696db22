print("bad_body start")
raise ValueError("boom")
