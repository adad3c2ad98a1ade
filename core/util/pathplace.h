#pragma once

#include <QString>

namespace RelayDesk {

/// Where a path a person typed really points (symbolic links and ".." resolved, a file that does not exist
/// yet by its folder), so that a file RelayDesk writes can be kept out of places it must never overwrite.
class PathPlace final
{
public:
    /// The path with every existing part resolved; the missing last parts appended as typed.
    static QString resolved(const QString& path);
    /// Whether path is directory itself or lies anywhere below it.
    static bool isInside(const QString& path, const QString& directory);
    /// Whether the two paths name the same file once resolved.
    static bool isSameFile(const QString& a, const QString& b);
};

} // namespace RelayDesk
