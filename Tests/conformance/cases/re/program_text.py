import re
text = """The quick brown fox jumps over the lazy dog. It's 3:45pm on 2024-05-06!
Contact: john.doe@example.com, jane_smith99@mail.example.org (or call +1-555-0100).
Visit https://www.example.com/path?q=1&r=two or http://test.org."""
words = re.findall(r"[A-Za-z']+", text)
print(len(words), words[:8])
freq = {}
for w in re.findall(r'\b\w+\b', text.lower()):
    freq[w] = freq.get(w, 0) + 1
print(sorted((c, w) for w, c in freq.items() if c > 1))
print(re.findall(r'[\w.]+@[\w.]+\.\w+', text))
print(re.findall(r'https?://[^\s,]+?(?=[.,]?(?:\s|$))', text))
print(re.findall(r'\d{1,2}:\d{2}(?:am|pm)', text))
print(re.sub(r'(?<=\w)(\w*)', lambda m: m.group(1).upper(), 'hello world'))
print(re.sub(r'\s+', ' ', text)[:60])
sentences = re.split(r'(?<=[.!?])\s+', text)
print(len(sentences), [s[:15] for s in sentences])
camel = 'parseHTTPResponseCodeValue'
print(re.sub(r'(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])', '_', camel).lower())
print(re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_name_here'))
csvline = 'a, "b,c" ,d,"e ""q"""'
print(re.findall(r'\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)', csvline))
print(re.fullmatch(r'(?:[01]\d|2[0-3]):[0-5]\d', '23:59'), re.fullmatch(r'(?:[01]\d|2[0-3]):[0-5]\d', '24:00'))
ini = "[main]\nname = demo\n; comment\nsize=10\n[extra]\nflag = yes\n"
section = None
for line in ini.splitlines():
    m = re.match(r'\[(\w+)\]$', line)
    if m:
        section = m.group(1)
        continue
    m = re.match(r'\s*(\w+)\s*=\s*(.*?)\s*$', line)
    if m:
        print(section, m.groups())
