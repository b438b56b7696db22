import sys
from commands import (
    cmd_00,
    cmd_01,
    cmd_02,
    cmd_03,
    cmd_04,
    cmd_05,
    cmd_06,
    cmd_07,
    cmd_08,
    cmd_09,
    cmd_10,
    cmd_11,
    cmd_12,
    cmd_13,
    cmd_14,
    cmd_15,
    cmd_16,
    cmd_17,
    cmd_18,
    cmd_19,
    cmd_20,
    cmd_21,
    cmd_22,
    cmd_23,
    cmd_24,
    cmd_25,
    cmd_26,
    cmd_27,
    cmd_28,
    cmd_29,
    cmd_30,
    cmd_31,
    cmd_32,
    cmd_33,
    cmd_34,
    cmd_35,
    cmd_36,
    cmd_37,
    cmd_38,
    cmd_39,
)

def main(argv):
    name = argv[0] if argv else "cmd_17"
    print("dispatching", name)
    globals()[name].run()

main(sys.argv[1:])
