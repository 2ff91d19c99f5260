package report

import (
	"github.com/httpexplain/httpexplain/app/internal/batch"
	"github.com/httpexplain/httpexplain/app/knowledge/vendor"
	"github.com/httpexplain/httpexplain/app/message"
)

// explainBatch is how many exchanges a worker of explainAll takes at a
// time: enough that taking them costs little beside explaining them, few
// enough that the workers finish together.
const explainBatch = 32

// parallel reports whether build should explain the exchanges on several
// processors: without a Yield (which wants the work on its own thread,
// between its calls) and when batch finds it worth it.
func parallel(n int, opt Options) bool {
	return opt.Yield == nil && batch.Worth(n, explainBatch)
}

// explainAll sets out[i] to the explanation of exs[i], sharing the
// exchanges out among the processors: each exchange is explained on its
// own (the tables they read are shared read-only, and a parsed body
// belongs to one exchange), so a HAR of thousands is explained in a
// fraction of the time. The result is the same as explaining them in
// order.
func explainAll(exs []message.Exchange, out []Exchange, opt Options, forced *vendor.Profile) {
	batch.Run(len(exs), explainBatch, func(start, end int) {
		for i := start; i < end; i++ {
			out[i] = explain(&exs[i], opt, forced)
		}
	})
}
