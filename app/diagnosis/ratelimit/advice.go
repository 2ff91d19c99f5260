package ratelimit

import (
	"strconv"
	"time"

	"github.com/httpexplain/httpexplain/app/internal/prose"
)

// skewWorthSaying is the Date-to-now gap below which the clock is not worth
// mentioning.
const skewWorthSaying = time.Minute

// resetLayout writes reset and retry instants in the advice.
const resetLayout = "2006-01-02 15:04:05 UTC"

// advice writes plain words a support engineer can pass on.
//
// The sentences are written straight into one buffer rather than through
// fmt.Sprintf and a join: advice is written for every response with a
// limit, thousands of times in a big HAR, and the formatting was most of
// the cost of reading a limit.
func (r *reading) advice(res *Result, note string, ra *retry, blocked bool) string {
	var s prose.Sentences
	s.Grow(256)
	if note != "" {
		s.Add(note)
	}
	// The counts are written on the stack, then copied in.
	var rem, lim [20]byte
	switch {
	case res.Limit != nil && res.Remaining != nil:
		s.Add(string(strconv.AppendInt(rem[:0], *res.Remaining, 10)), " of ",
			string(strconv.AppendInt(lim[:0], *res.Limit, 10)), " left in this window.")
	case res.Remaining != nil:
		s.Add(string(strconv.AppendInt(rem[:0], *res.Remaining, 10)), " left in this window.")
	}
	when, since := "", "the response was sent"
	if res.ResetAt != nil {
		when = res.ResetAt.Format(resetLayout)
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
		s.Add(ra.name, " asks for no wait: a retry may go ahead.")
	case ra != nil:
		s.Add("The server asks to wait ", human(wait), " (", ra.name, ") before trying again, that is until ",
			ra.at.Format(resetLayout), ".")
	case blocked && res.ResetAt != nil && wait > 0:
		s.Add("The limit is used up: wait until the reset at ", when, " (", human(wait), " after ", since,
			") before trying again.")
	case blocked && res.ResetAt != nil:
		s.Add("The limit is used up; the reset it names, ", when, ", is no later than ", since, ".")
	case blocked:
		s.Add("The limit is used up, but the response does not say when it resets: wait and retry with backoff.")
	case res.ResetAt != nil:
		s.Add("Requests are still allowed; the window resets at ", when, ", so spread the remaining calls until then.")
	}
	if res.ResetAt != nil && res.AlreadyReset && !(ra != nil && wait == 0) {
		if ago := r.now.Sub(*res.ResetAt); ago >= time.Second {
			s.Add("That time passed ", human(ago), " ago, so the limit has reset since and no longer blocks a request made now.")
		} else {
			s.Add("That time has just been reached, so the limit no longer blocks a request made now.")
		}
	}
	if res.ClockSkewSeconds != nil {
		sk := fromSeconds(*res.ClockSkewSeconds)
		switch {
		case sk >= skewWorthSaying:
			s.Add("The response Date is ", human(sk), " before now: either the paste is that old or the server's clock is behind.")
		case sk <= -skewWorthSaying:
			s.Add("The response Date is ", human(-sk), " ahead of now: the server's clock (or this computer's) is off, so trust the waits in seconds more than the clock times.")
		}
	}
	if blocked || (ra != nil && wait > 0) {
		s.Add("When retrying, add a random delay of a few seconds (jitter) so that many clients do not come back at the same instant; if the retry is refused again, double the wait each time (exponential backoff) up to a cap, instead of retrying in a tight loop.")
	} else {
		s.Add("If 429 responses start, back off exponentially with random jitter rather than retrying at once.")
	}
	if res.Category != "" {
		a := categoryAdvice[res.Category]
		if r.req == nil {
			a += " (The request was not in the paste, so the category is a guess.)"
		}
		s.Add(a)
	}
	return s.String()
}
