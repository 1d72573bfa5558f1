import Foundation

enum ProcessInfoCores {
    static var active: Int { ProcessInfo.processInfo.activeProcessorCount }
}

func getenvString(_ name: String) -> String? {
    ProcessInfo.processInfo.environment[name]
}
