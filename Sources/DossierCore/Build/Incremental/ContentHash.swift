/// A 128-bit content hash for the build cache: two independent 64-bit multiply-xorshift
/// lanes over 8-byte words. Not cryptographic (nothing here is adversarial: a collision
/// would need two different reports on one machine to match), but fast enough to hash an
/// archive's changed files in milliseconds, and the same on every machine.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// 32 lower-case hex digits.
    public var description: String { Self.hex(high) + Self.hex(low) }

    public init?(hex text: Substring) {
        self.init(hex: text.utf8)
    }

    /// Exactly 32 hexadecimal digits, as `description` writes them.
    init?(hex digits: some Collection<UInt8>) {
        guard digits.count == 32 else { return nil }
        var high: UInt64 = 0, low: UInt64 = 0
        for (index, digit) in digits.enumerated() {
            let value: UInt8
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = digit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = digit - UInt8(ascii: "A") + 10
            default: return nil
            }
            if index < 16 { high = high << 4 | UInt64(value) } else { low = low << 4 | UInt64(value) }
        }
        self.init(high: high, low: low)
    }

    public static func of(_ bytes: some Collection<UInt8>) -> ContentHash {
        var hasher = ContentHasher()
        hasher.add(bytes)
        return hasher.finish()
    }

    public static func of(_ text: String) -> ContentHash { of(text.utf8) }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Builds a `ContentHash` from several parts; each part is length-prefixed so that
/// ("ab", "c") and ("a", "bc") hash differently.
public struct ContentHasher: Sendable {
    private var a: UInt64 = 0x243F_6A88_85A3_08D3
    private var b: UInt64 = 0x1319_8A2E_0370_7344
    private var length: UInt64 = 0

    public init() {}

    public mutating func add(_ bytes: some Collection<UInt8>) {
        mix(UInt64(bytes.count) &+ 0x9E37_79B9)
        if bytes.withContiguousStorageIfAvailable({ addWords($0) }) != nil { return }
        var word: UInt64 = 0
        var filled = 0
        for byte in bytes {
            word |= UInt64(byte) << (8 * UInt64(filled))
            filled += 1
            if filled == 8 {
                mix(word)
                word = 0
                filled = 0
            }
        }
        if filled > 0 { mix(word ^ (UInt64(filled) << 56)) }
    }

    /// The words of contiguous bytes read eight at a time (little-endian, as the byte loop
    /// assembles them): every input file of a build passes here.
    private mutating func addWords(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let whole = bytes.count / 8
        for index in 0..<whole {
            mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
        }
        let rest = bytes.count - whole * 8
        if rest > 0 {
            var word: UInt64 = 0
            for offset in 0..<rest { word |= UInt64(bytes[whole * 8 + offset]) << (8 * UInt64(offset)) }
            mix(word ^ (UInt64(rest) << 56))
        }
    }

    public mutating func add(_ text: String) { add(text.utf8) }

    public mutating func add(_ hash: ContentHash) {
        mix(hash.high)
        mix(hash.low)
    }

    private mutating func mix(_ word: UInt64) {
        length &+= 1
        a = (a ^ word) &* 0x9E37_79B9_7F4A_7C15
        a ^= a >> 29
        b = (b ^ (word &+ length)) &* 0xC2B2_AE3D_27D4_EB4F
        b ^= b >> 31
    }

    public func finish() -> ContentHash {
        func avalanche(_ x: UInt64) -> UInt64 {
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return ContentHash(high: avalanche(a ^ length), low: avalanche(b &+ a))
    }
}
