package ratelimit

import "fmt"

// GitHub REST: x-ratelimit-* with used and resource; reset in epoch seconds.

const refGitHub = "https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api"

// githubSecondaryWait is GitHub's advice for a secondary limit without
// retry-after: wait at least a minute.
const githubSecondaryWait = 60

func readGitHub(r *reading) *found {
	// x-ratelimit-used alone is sent by other APIs too; the resource field,
	// GitHub's request id or the GitHub profile make it GitHub's scheme.
	github := r.has("x-ratelimit-resource") || r.has("X-GitHub-Request-Id") || r.vendor == "github"
	if !github || !r.has("x-ratelimit-limit") && !r.has("x-ratelimit-remaining") {
		return nil
	}
	f := r.triple("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset",
		hint{hintEpoch, "GitHub documents x-ratelimit-reset as UTC epoch seconds"})
	f.res.Used = count(r.get("x-ratelimit-used"), false)
	f.res.Policy = r.get("x-ratelimit-resource")
	f.res.Reference = refGitHub
	rem := f.res.Remaining
	switch {
	case (r.status == 403 || r.status == 429) && rem != nil && *rem > 0:
		f.note = "GitHub refused the call although requests remain: that is a secondary rate limit (too many calls at once, too fast, or too costly). Honour retry-after; without it, wait at least a minute."
		f.minWait = githubSecondaryWait
	case rem != nil && *rem == 0:
		f.note = fmt.Sprintf("GitHub's primary rate limit for the %q resource is used up.", f.res.Policy)
	}
	return f
}
