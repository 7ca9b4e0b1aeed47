import Foundation
import Testing
@testable import CopydeskLLM

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(maxRetries: 3, baseDelay: 0.5, maxDelay: 4)

    @Test func backsOffExponentiallyUpToTheCap() {
        #expect((1...5).map { policy.delay(afterAttempt: $0, retryAfter: nil) } == [0.5, 1, 2, 4, 4])
    }

    @Test func respectsRetryAfterInSecondsAndAsADate() {
        let now = Date(timeIntervalSince1970: 1_445_412_478)  // Wed, 21 Oct 2015 07:27:58 GMT
        #expect(policy.delay(afterAttempt: 1, retryAfter: "3", now: now) == 3)
        #expect(policy.delay(afterAttempt: 1, retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT", now: now) == 2)
        #expect(policy.delay(afterAttempt: 1, retryAfter: "3600", now: now) == 4)
        #expect(policy.delay(afterAttempt: 1, retryAfter: "-5", now: now) == 0)
        #expect(policy.delay(afterAttempt: 2, retryAfter: "soon", now: now) == 1)
    }

    @Test func retriesOnlyRateLimitsAndServerErrors() {
        #expect([200, 400, 401, 404, 429, 500, 503, 599].filter(RetryPolicy.isRetryable) == [429, 500, 503, 599])
    }
}
