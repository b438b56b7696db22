import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("ignore", message=".*noise")
    warnings.filterwarnings("error", message="fatal.*now$")
    warnings.warn("skip me")
    warnings.warn("SKIP upper case")
    warnings.warn("this is noise")
    warnings.warn("keep me")
    warnings.warn("do not skip")
    try:
        warnings.warn("fatal error now")
    except UserWarning as e:
        print("error:", e)
    warnings.warn("fatal error now or later")
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="__main__")
    warnings.warn("runtime", RuntimeWarning)
    warnings.filterwarnings("ignore", category=SyntaxWarning, module="other")
    warnings.warn("syntax", SyntaxWarning)
print([str(x.message) for x in w])
print([x.category.__name__ for x in w])

with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("error", append=True)
    warnings.simplefilter("ignore", UserWarning)
    print(len(warnings.filters), warnings.filters[0][0], warnings.filters[-1][0])
    print(warnings.filters[0][1], warnings.filters[0][2].__name__, warnings.filters[0][4])
for bad in [lambda: warnings.simplefilter("bogus"),
            lambda: warnings.filterwarnings("ignore", message=5)]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError:", e)
