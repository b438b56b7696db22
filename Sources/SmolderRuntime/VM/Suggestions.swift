/// "Did you mean" suggestions for AttributeError and NameError, chosen the way CPython 3.11 chooses
/// them: the closest candidate by a Levenshtein distance where a case-only change costs less than
/// other edits, within a bound that grows with the names' lengths.
extension Interpreter {
    func suggestion(for e: PyBaseException) -> String? {
        guard let dict = e.dict, let nameValue = dict.lookupString(intern("name")), let name = strObject(nameValue)?.value else {
            return nil
        }
        if e.type.isSubtype(of: exceptions.NameError) {
            guard let scope = e.nameScope else { return nil }
            if let s = closestName(name, scope.locals) { return s }
            if let s = closestName(name, scope.globals.keys.compactMap { strObject($0)?.value }) { return s }
            return closestName(name, scope.builtins.keys.compactMap { strObject($0)?.value })
        }
        if e.type.isSubtype(of: exceptions.AttributeError), let object = dict.lookupString(intern("obj")) {
            guard let candidates = try? directory(object) else { return nil }
            return closestName(name, candidates)
        }
        return nil
    }

    private static let moveCost = 2
    private static let caseCost = 1
    private static let maxStringSize = 40
    private static let maxCandidates = 750

    func closestName(_ name: String, _ candidates: [String]) -> String? {
        guard candidates.count <= Interpreter.maxCandidates else { return nil }
        let target = Array(name.unicodeScalars)
        var best: String?
        var bestDistance = Int.max
        for item in candidates where item != name {
            let itemScalars = Array(item.unicodeScalars)
            var maxDistance = (target.count + itemScalars.count + 3) * Interpreter.moveCost / 6
            if bestDistance - 1 < maxDistance { maxDistance = bestDistance - 1 }
            let distance = editDistance(target, itemScalars, maxCost: maxDistance)
            if distance > maxDistance { continue }
            if best == nil || distance < bestDistance {
                best = item
                bestDistance = distance
            }
        }
        return best
    }

    private func substitutionCost(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        if a == b { return 0 }
        if a.properties.lowercaseMapping == b.properties.lowercaseMapping { return Interpreter.caseCost }
        return Interpreter.moveCost
    }

    private func editDistance(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar], maxCost: Int) -> Int {
        var a = first[...], b = second[...]
        if a == b { return 0 }
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * Interpreter.moveCost }
        if a.count > Interpreter.maxStringSize || b.count > Interpreter.maxStringSize { return maxCost + 1 }
        if a.count > b.count { swap(&a, &b) }
        if (b.count - a.count) * Interpreter.moveCost > maxCost { return maxCost + 1 }
        let short = Array(a), long = Array(b)
        var buffer = (0..<short.count).map { ($0 + 1) * Interpreter.moveCost }
        var result = 0
        for (bIndex, code) in long.enumerated() {
            var distance = bIndex * Interpreter.moveCost
            result = distance
            var minimum = Int.max
            for index in 0..<short.count {
                let substitute = distance + substitutionCost(code, short[index])
                distance = buffer[index]
                let insertDelete = min(result, distance) + Interpreter.moveCost
                result = min(insertDelete, substitute)
                buffer[index] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }
}
