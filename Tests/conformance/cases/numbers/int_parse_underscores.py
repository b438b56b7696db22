print(int("1_000"), int("0x_ff", 16), int("0x_f_f", 0), int("1_2_3", 8), int("0b_1_0", 0))
for text in ["_1", "1_", "1__0", "0x__1", "1_000_", "_", "0_x1"]:
    try:
        print(int(text, 0))
    except ValueError as e:
        print("ValueError", e)
print(float("1_000.5"), float("1_0e1_0"), float(".5_5"))
for text in ["1__0.0", "_1.0", "1.0_", "1_.0", "1._0", "1e_5"]:
    try:
        print(float(text))
    except ValueError as e:
        print("ValueError", e)
