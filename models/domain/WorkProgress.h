#pragma once

#include <QtGlobal>

#include <functional>

namespace khana {

// How far a long piece of work is: `done` of `total`, in the work's own units (rows, bytes,
// pages). Returns false when the user cancelled; the work then stops and leaves nothing
// half-written.
using WorkProgress = std::function<bool(qint64 done, qint64 total)>;

// Tells `progress` (when there is one); false when the work is to stop.
inline bool keepGoing(const WorkProgress &progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

} // namespace khana
