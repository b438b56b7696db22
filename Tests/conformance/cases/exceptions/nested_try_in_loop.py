log = []
for i in range(5):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            log.append(("ok", i))
        except ValueError as e:
            if i == 3:
                raise RuntimeError("escalate") from e
            log.append(("handled", i))
        finally:
            log.append(("finally", i))
    except RuntimeError as e:
        log.append(("outer", str(e), str(e.__cause__)))
print(log)
