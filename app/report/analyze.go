package report

import (
	"time"

	"github.com/httpexplain/httpexplain/app/message"
	"github.com/httpexplain/httpexplain/app/paste"
)

// Options tune Analyze.
type Options struct {
	// Now is the instant to treat as "now"; the engine never reads the
	// clock.
	Now time.Time
	// Vendor forces a vendor profile by id; "" picks one automatically.
	Vendor string
	// Yield, when set, is called between exchanges and between the steps
	// of explaining one (and, in Analyze, as the paste is read: see
	// paste.Options), so a caller on a single thread (the page, in the
	// browser) can let other work run.
	// It may panic to abandon the work; the panic reaches the caller.
	Yield func()
	// NoDigests leaves every Body.SHA256 empty. The page sets it: it shows
	// no digest, and in the browser hashing costs about 40 ms a megabyte.
	NoDigests bool
}

// yield calls Yield if set.
func (o Options) yield() {
	if o.Yield != nil {
		o.Yield()
	}
}

// Analyze reads a paste and explains every exchange in it.
func Analyze(input []byte, opt Options) *Document {
	return Explain(paste.ReadWith(input, paste.Options{Yield: opt.Yield}), opt)
}

// Explain explains an already read paste, for a caller that also keeps
// the read paste (the page shows its bodies).
func Explain(doc *message.Document, opt Options) *Document {
	return build(doc, opt)
}

// Outline lists the exchanges of a read paste without analysing them: the
// Document has InputFormat, Diagnostics, Now and Selected as Explain gives
// them, and for each exchange only Request, Response and Status (Code and
// Title). ExplainExchange fills in one exchange when it is wanted.
func Outline(doc *message.Document, opt Options) *Document {
	return outline(doc, opt)
}

// ExplainExchange is the full analysis of exchange i of a read paste, the
// same as Explain(doc, opt).Exchanges[i]. An i out of range gives the zero
// Exchange.
func ExplainExchange(doc *message.Document, i int, opt Options) Exchange {
	if i < 0 || i >= len(doc.Exchanges) {
		return Exchange{}
	}
	return explain(&doc.Exchanges[i], opt, forcedVendor(opt))
}
