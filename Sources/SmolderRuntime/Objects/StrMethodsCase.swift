/// str case conversion and character-class predicates.
extension Interpreter {
    func installStrCaseMethods() {
        let str = types.str
        let conversions: [(String, (PyStr) -> String)] = [
            ("upper", StrCase.upper), ("lower", StrCase.lower), ("casefold", StrCase.casefold),
            ("swapcase", StrCase.swapcase), ("title", StrCase.title), ("capitalize", StrCase.capitalize),
        ]
        for (name, convert) in conversions {
            str.define(name) { (vm, args, kw) throws(PyError) -> Value in
                Value(convert(try vm.strSelf(args, kw, name, .none)))
            }
        }
        let perCharacter: [(String, (Unicode.Scalar) -> Bool)] = [
            ("isalpha", StrCase.isAlpha), ("isalnum", StrCase.isAlnum), ("isdecimal", StrCase.isDecimal),
            ("isdigit", StrCase.isDigit), ("isnumeric", StrCase.isNumeric),
            ("isspace", { StrText.isSpace($0.value) }),
        ]
        for (name, test) in perCharacter {
            str.define(name) { (vm, args, kw) throws(PyError) -> Value in
                let s = try vm.strSelf(args, kw, name, .none)
                if s.count == 0 { return .false }
                for c in s.value.unicodeScalars where !test(c) { return .false }
                return .true
            }
        }
        let wholeString: [(String, (PyStr) -> Bool)] = [
            ("islower", { StrCase.isLower($0.value) }), ("isupper", { StrCase.isUpper($0.value) }),
            ("istitle", { StrCase.isTitle($0.value) }), ("isidentifier", { StrCase.isIdentifier($0.value) }),
            ("isascii", { $0.isASCII }),
            ("isprintable", { s in s.value.unicodeScalars.allSatisfy(StringRepr.isPrintable) }),
        ]
        for (name, test) in wholeString {
            str.define(name) { (vm, args, kw) throws(PyError) -> Value in
                .bool(test(try vm.strSelf(args, kw, name, .none)))
            }
        }
    }
}
