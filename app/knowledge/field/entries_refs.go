package field

// Reference URL stems, so the tables read as data rather than long URLs.
const (
	refRFC9110    = "https://www.rfc-editor.org/rfc/rfc9110#section-"
	refRFC9111    = "https://www.rfc-editor.org/rfc/rfc9111#section-"
	refRFC9112    = "https://www.rfc-editor.org/rfc/rfc9112#section-"
	refRFC        = "https://www.rfc-editor.org/rfc/rfc"
	refFetch      = "https://fetch.spec.whatwg.org/"
	refHTML       = "https://html.spec.whatwg.org/multipage/"
	refOData      = "https://docs.oasis-open.org/odata/odata/v4.01/odata-v4.01-part1-protocol.html"
	refRepeatable = "https://docs.oasis-open.org/odata/repeatable-requests/v1.0/repeatable-requests-v1.0.html"
	refW3C        = "https://www.w3.org/TR/"
	// refIANA is used where the registry entry itself is the best pointer.
	refIANA = "https://www.iana.org/assignments/http-fields/http-fields.xhtml"
)
