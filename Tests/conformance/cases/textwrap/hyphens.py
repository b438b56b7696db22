import textwrap
samples = [
    "well-known state-of-the-art hyphen-ated words and re-use of co-operation",
    "a--b word--word --dash-- x---y e-mail 123-456 ab-cd a-b-c-d-e over-the-top",
    "this-is-a-very-long-hyphenated-compound-word-that-wont-fit",
    "---leading dashes and trailing dashes---",
    "under_score_words and x_y-z_w mixed-1 2-mixed ab-3c",
]
for s in samples:
    for width in [4, 7, 10, 15, 22]:
        print(width, textwrap.wrap(s, width))
        print(width, textwrap.wrap(s, width, break_on_hyphens=False))
