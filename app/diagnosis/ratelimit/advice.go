package ratelimit

import (
	"fmt"
	"strings"
	"time"
)

// skewWorthSaying is the Date-to-now gap below which the clock is not worth
// mentioning.
const skewWorthSaying = time.Minute

// advice writes plain words a support engineer can pass on.
func (r *reading) advice(res *Result, note string, ra *retry, blocked bool) string {
	// Room for the most sentences written, on the stack.
	s := make([]string, 0, 8)
	if note != "" {
		s = append(s, note)
	}
	switch {
	case res.Limit != nil && res.Remaining != nil:
		s = append(s, fmt.Sprintf("%d of %d left in this window.", *res.Remaining, *res.Limit))
	case res.Remaining != nil:
		s = append(s, fmt.Sprintf("%d left in this window.", *res.Remaining))
	}
	when, since := "", "the response was sent"
	if res.ResetAt != nil {
		when = res.ResetAt.Format("2006-01-02 15:04:05 UTC")
	}
	if r.date == nil {
		since = "now"
	}
	wait := time.Duration(0)
	if res.AdvisedWaitSeconds != nil {
		wait = fromSeconds(*res.AdvisedWaitSeconds)
	}
	switch {
	case ra != nil && wait == 0:
		s = append(s, fmt.Sprintf("%s asks for no wait: a retry may go ahead.", ra.name))
	case ra != nil:
		s = append(s, fmt.Sprintf("The server asks to wait %s (%s) before trying again, that is until %s.",
			human(wait), ra.name, ra.at.Format("2006-01-02 15:04:05 UTC")))
	case blocked && res.ResetAt != nil && wait > 0:
		s = append(s, fmt.Sprintf("The limit is used up: wait until the reset at %s (%s after %s) before trying again.",
			when, human(wait), since))
	case blocked && res.ResetAt != nil:
		s = append(s, fmt.Sprintf("The limit is used up; the reset it names, %s, is no later than %s.", when, since))
	case blocked:
		s = append(s, "The limit is used up, but the response does not say when it resets: wait and retry with backoff.")
	case res.ResetAt != nil:
		s = append(s, fmt.Sprintf("Requests are still allowed; the window resets at %s, so spread the remaining calls until then.", when))
	}
	if res.ResetAt != nil && res.AlreadyReset && !(ra != nil && wait == 0) {
		if ago := r.now.Sub(*res.ResetAt); ago >= time.Second {
			s = append(s, fmt.Sprintf("That time passed %s ago, so the limit has reset since and no longer blocks a request made now.", human(ago)))
		} else {
			s = append(s, "That time has just been reached, so the limit no longer blocks a request made now.")
		}
	}
	if res.ClockSkewSeconds != nil {
		sk := fromSeconds(*res.ClockSkewSeconds)
		switch {
		case sk >= skewWorthSaying:
			s = append(s, fmt.Sprintf("The response Date is %s before now: either the paste is that old or the server's clock is behind.", human(sk)))
		case sk <= -skewWorthSaying:
			s = append(s, fmt.Sprintf("The response Date is %s ahead of now: the server's clock (or this computer's) is off, so trust the waits in seconds more than the clock times.", human(-sk)))
		}
	}
	if blocked || (ra != nil && wait > 0) {
		s = append(s, "When retrying, add a random delay of a few seconds (jitter) so that many clients do not come back at the same instant; if the retry is refused again, double the wait each time (exponential backoff) up to a cap, instead of retrying in a tight loop.")
	} else {
		s = append(s, "If 429 responses start, back off exponentially with random jitter rather than retrying at once.")
	}
	if res.Category != "" {
		a := categoryAdvice[res.Category]
		if !r.hasReq {
			a += " (The request was not in the paste, so the category is a guess.)"
		}
		s = append(s, a)
	}
	return strings.Join(s, " ")
}
