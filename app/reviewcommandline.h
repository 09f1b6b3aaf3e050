#pragma once

#include "review.h"

#include <QStringList>

namespace blauwdruk {

// The subcommands of a journey's review: `status` reads it; `submit`,
// `approve`, `request-changes` and `back-to-concept` record a decision
// (Review::decide); `comment` adds a comment. The writing ones change the
// file in place, never one another Blauwdruk has open. Each takes argv
// (the command second) and returns the exit code (CommandLine::ExitCode).
class ReviewCommandLine {
public:
    static int status(const QStringList &arguments);
    static int decide(const QStringList &arguments, Review::Action action);
    static int comment(const QStringList &arguments);
};

} // namespace blauwdruk
