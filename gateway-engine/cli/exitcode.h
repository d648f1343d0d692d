#pragma once

namespace Gatehouse {

// Process exit codes of gatehousectl; scripts rely on them.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // the operation itself failed (missing file, unknown API, port in use, ...)
    ExitUsage = 2, // the command line was wrong (unknown command or option, missing argument)
    ExitMismatch = 3, // verify: a running environment disagrees with the capability matrix
};

} // namespace Gatehouse
