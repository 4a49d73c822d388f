#pragma once

#include <QtGlobal>

#include <chrono>

namespace Paydesk {

// Time limits of one logical request (all its attempts and redirects). Tests inject short ones.
struct NetworkTimeouts {
    // No byte sent or received for this long (connecting included): the attempt is abandoned.
    std::chrono::milliseconds inactivity{15000};
    // The whole request, retries and their waits included, never takes longer than this.
    std::chrono::milliseconds deadline{30000};
};

// Retries of GETs on connection errors, 429 and 5xx: exponential backoff with jitter.
struct RetryPolicy {
    int maxAttempts = 3;                       // attempts in total, the first included
    std::chrono::milliseconds baseDelay{500};  // before the 2nd attempt; doubled each time
    std::chrono::milliseconds maxDelay{10000}; // cap of backoff and of an honoured Retry-After
    double jitter = 0.25;                      // +/- this fraction of the backoff, at random

    // The wait before attempt `attempt` (2 for the first retry). `retryAfterSeconds` is the
    // server's Retry-After (-1 when absent), honoured as is (it is never shortened).
    std::chrono::milliseconds delayBefore(int attempt, int retryAfterSeconds) const;
};

// Largest API response body accepted; the transfer is aborted as soon as it is passed.
inline constexpr qint64 maxApiBodyBytes = 2 * 1024 * 1024;

// Requests in flight at once per origin; the rest wait in a queue.
inline constexpr int defaultMaxRequestsPerHost = 6;

} // namespace Paydesk
