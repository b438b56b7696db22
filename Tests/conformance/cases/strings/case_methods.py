s = "hello World, pYTHON 3.11!"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ǆemal".title(), "they're bill's".title(), "ÉCOLE".casefold())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdecimal())
print("Title Case".istitle(), "UPPER".isupper(), "lower".islower(), "  \t\n".isspace(), "".isspace())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "héllo".isidentifier())
print("abc".isascii(), "é".isascii(), "\x7f".isprintable(), "ab c".isprintable())
