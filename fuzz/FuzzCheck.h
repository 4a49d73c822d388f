#pragma once

#include <cstdio>
#include <cstdlib>

// A property every input must keep. Unlike Q_ASSERT it holds in every build, so that the
// fuzzers and the regression test that replays their findings stop on the first broken one.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: property broken: %s\n", __FILE__, __LINE__, #condition);  \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
