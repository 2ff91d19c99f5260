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
}

// Analyze reads a paste and explains every exchange in it.
func Analyze(input []byte, opt Options) *Document {
	return Explain(paste.Read(input), opt)
}

// Explain explains an already read paste, for a caller that also keeps
// the read paste (the page shows its bodies).
func Explain(doc *message.Document, opt Options) *Document {
	return build(doc, opt)
}
