import warnings

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("caught", type(e).__name__, e)
    try:
        warnings.warn("dep", DeprecationWarning)
    except DeprecationWarning as e:
        print("caught", type(e).__name__, e)
    inst = RuntimeWarning("the instance")
    try:
        warnings.warn(inst)
    except RuntimeWarning as e:
        print("same object:", e is inst)

with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("quiet")
    try:
        warnings.warn("loud", DeprecationWarning)
    except DeprecationWarning as e:
        print("caught", e)
    try:
        warnings.warn("sub", PendingDeprecationWarning)
        print("pending not an error")
    except Warning as e:
        print("caught", e)

warnings.filterwarnings("error", category=FutureWarning)
try:
    warnings.warn("future", FutureWarning)
except FutureWarning as e:
    print("caught future", e)
warnings.resetwarnings()
print(warnings.filters)
