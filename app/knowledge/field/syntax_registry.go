package field

// registrySyntaxes adds value checks for the IANA-registered fields
// (https://www.iana.org/assignments/http-fields) that plainSyntaxes and
// structuredFields leave out. The checkers live in syntax_registry_*.go.
var registrySyntaxes = []namedSyntax{
	// Content negotiation (RFC 9110 §12.5, §10.1.4) and its relatives.
	{"accept", fieldSyntax{check: regAccept}},
	{"accept-charset", fieldSyntax{check: regAcceptCharset}},
	{"accept-encoding", fieldSyntax{check: regAcceptEncoding}},
	{"accept-language", fieldSyntax{check: regAcceptLanguage}},
	{"accept-post", fieldSyntax{check: regAcceptPost}},                  // W3C LDP §7.1
	{"a-im", fieldSyntax{check: regAIM}},                                // RFC 3229 §10.5.3
	{"im", fieldSyntax{check: checkTokens}},                             // RFC 3229 §10.5.2
	{"delta-base", fieldSyntax{check: regEntityTag, singleton: true}},   // RFC 3229 §10.5.1
	{"te", fieldSyntax{check: regTE}},                                   // RFC 9110 §10.1.4
	{"expect", fieldSyntax{check: regExpect}},                           // RFC 9110 §10.1.1
	{"prefer", fieldSyntax{check: regPreferRequest}},                    // RFC 7240 §2
	{"preference-applied", fieldSyntax{check: regPreferenceApplied}},    // RFC 7240 §3
	{"tcn", fieldSyntax{check: regTokenValues}},                         // RFC 2295 §8.5
	{"negotiate", fieldSyntax{check: checkTokens}},                      // RFC 2295 §8.4
	{"want-digest", fieldSyntax{check: regWantDigest}},                  // RFC 3230 §4.3.1
	{"digest", fieldSyntax{check: regDigest}},                           // RFC 3230 §4.3.2
	{"accept-signature", fieldSyntax{check: regSFDict}},                 // RFC 9421 §5.1
	{"content-md5", fieldSyntax{check: regContentMD5, singleton: true}}, // RFC 1864

	// Dates (HTTP-date, RFC 9110 §5.6.7).
	{"sunset", fieldSyntax{check: checkDate, singleton: true}},                   // RFC 8594 §3
	{"memento-datetime", fieldSyntax{check: checkDate, singleton: true}},         // RFC 7089 §2.1.1
	{"accept-datetime", fieldSyntax{check: checkDate, singleton: true}},          // RFC 7089 §2.1.1
	{"cert-not-after", fieldSyntax{check: checkDate, singleton: true}},           // RFC 8739 §3.3
	{"cert-not-before", fieldSyntax{check: checkDate, singleton: true}},          // RFC 8739 §3.3
	{"repeatability-first-sent", fieldSyntax{check: checkDate, singleton: true}}, // OASIS Repeatable Requests
	{"deprecation", fieldSyntax{check: regDeprecation, singleton: true}},         // RFC 9745 §2.1
	{"repeatability-result", fieldSyntax{check: regRepeatabilityResult, singleton: true}},

	// Who is talking and through whom.
	{"host", fieldSyntax{check: regHost, singleton: true}},                    // RFC 9110 §7.2
	{"alt-used", fieldSyntax{check: regAltUsed, singleton: true}},             // RFC 7838 §5
	{"via", fieldSyntax{check: regVia}},                                       // RFC 9110 §7.6.3
	{"cdn-loop", fieldSyntax{check: regCDNLoop}},                              // RFC 8586 §2
	{"forwarded", fieldSyntax{check: regForwarded}},                           // RFC 7239 §4
	{"server", fieldSyntax{check: regProducts, singleton: true}},              // RFC 9110 §10.2.4
	{"user-agent", fieldSyntax{check: regProducts, singleton: true}},          // RFC 9110 §10.1.5
	{"from", fieldSyntax{check: regFrom, singleton: true}},                    // RFC 9110 §10.1.2
	{"origin", fieldSyntax{check: regOrigin, singleton: true}},                // RFC 6454 §7
	{"referer", fieldSyntax{check: regReferer, singleton: true}},              // RFC 9110 §10.1.3
	{"warning", fieldSyntax{check: regWarning}},                               // RFC 7234 §5.5
	{"alpn", fieldSyntax{check: regALPN}},                                     // RFC 7639 §2
	{"http2-settings", fieldSyntax{check: regHTTP2Settings, singleton: true}}, // RFC 7540 §3.2.1

	// Ranges and validators.
	{"range", fieldSyntax{check: regRange, singleton: true}},                     // RFC 9110 §14.2
	{"if-range", fieldSyntax{check: regIfRange, singleton: true}},                // RFC 9110 §13.1.5
	{"schedule-tag", fieldSyntax{check: regOpaqueTag, singleton: true}},          // RFC 6638 §8.3
	{"if-schedule-tag-match", fieldSyntax{check: regOpaqueTag, singleton: true}}, // RFC 6638 §8.2

	// Credentials and key pinning.
	{"authorization", fieldSyntax{check: regCredentials, singleton: true}},       // RFC 9110 §11.6.2
	{"proxy-authorization", fieldSyntax{check: regCredentials, singleton: true}}, // RFC 9110 §11.7.2
	{"authentication-info", fieldSyntax{check: regAuthParams}},                   // RFC 9110 §11.6.3
	{"proxy-authentication-info", fieldSyntax{check: regAuthParams}},             // RFC 9110 §11.7.3
	{"optional-www-authenticate", fieldSyntax{check: checkChallenges}},           // RFC 8053 §3
	{"dpop", fieldSyntax{check: regDPoP, singleton: true}},                       // RFC 9449 §4.2
	{"dpop-nonce", fieldSyntax{check: regDPoPNonce, singleton: true}},            // RFC 9449 §8.1
	{"replay-nonce", fieldSyntax{check: regBase64URL, singleton: true}},          // RFC 8555 §6.5.1
	{"detached-jws", fieldSyntax{check: regDetachedJWS, singleton: true}},        // RFC 7515 App. F
	{"public-key-pins", fieldSyntax{check: regPublicKeyPins, singleton: true}},   // RFC 7469 §2.1
	{"public-key-pins-report-only", fieldSyntax{check: regPublicKeyPinsRO, singleton: true}},
	{"expect-ct", fieldSyntax{check: regExpectCT, singleton: true}},                     // RFC 9163 §2.1
	{"sec-token-binding", fieldSyntax{check: regBase64URL, singleton: true}},            // RFC 8473 §2
	{"include-referred-token-binding-id", fieldSyntax{check: regTrue, singleton: true}}, // RFC 8473 §5.3
	{"oscore", fieldSyntax{check: regOSCORE, singleton: true}},                          // RFC 8613 §11.1
	{"hobareg", fieldSyntax{check: regHobareg, singleton: true}},                        // RFC 7486 §6.1.1

	// Browser fields (Fetch, HTML, W3C).
	{"cookie", fieldSyntax{check: regCookie}},                                      // RFC 6265 §4.2
	{"cross-origin-resource-policy", fieldSyntax{check: regCORP, singleton: true}}, // Fetch §3.7
	{"clear-site-data", fieldSyntax{check: regClearSiteData}},                      // W3C Clear Site Data §3.1
	{"refresh", fieldSyntax{check: regRefresh, singleton: true}},                   // HTML §7.11.1
	{"sec-gpc", fieldSyntax{check: regOne, singleton: true}},                       // W3C GPC §3
	{"amp-cache-transform", fieldSyntax{check: regSFList, singleton: true}},        // AMP cache transform spec
	{"sec-purpose", fieldSyntax{check: regSFList, singleton: true}},                // Fetch §2.2.2
	{"sec-fetch-storage-access", fieldSyntax{check: regStorageAccessStatus, singleton: true}},
	{"activate-storage-access", fieldSyntax{check: regActivateStorageAccess, singleton: true}},
	{"ping-from", fieldSyntax{check: regAbsoluteURI, singleton: true}}, // HTML §4.6.6
	{"ping-to", fieldSyntax{check: regAbsoluteURI, singleton: true}},
	{"content-script-type", fieldSyntax{check: checkMediaType, singleton: true}}, // HTML 4.01 §18.2.2
	{"content-style-type", fieldSyntax{check: checkMediaType, singleton: true}},  // HTML 4.01 §14.2.1
	{"traceparent", fieldSyntax{check: regTraceparent, singleton: true}},         // W3C Trace Context §3.2
	{"tracestate", fieldSyntax{check: regTracestate}},                            // W3C Trace Context §3.3

	// WebSocket (RFC 6455 §11.3) and other protocols over HTTP.
	{"sec-websocket-key", fieldSyntax{check: regWebSocketKey, singleton: true}},
	{"sec-websocket-accept", fieldSyntax{check: regWebSocketAccept, singleton: true}},
	{"sec-websocket-version", fieldSyntax{check: regSecWebSocketVersion}},
	{"sec-websocket-protocol", fieldSyntax{check: checkTokens}},
	{"sec-websocket-extensions", fieldSyntax{check: regSecWebSocketExtensions}},
	{"early-data", fieldSyntax{check: regOne, singleton: true}},                 // RFC 8470 §5.1
	{"capsule-protocol", fieldSyntax{check: regSFBool, singleton: true}},        // RFC 9297 §3.4
	{"ttl", fieldSyntax{check: regTTL, singleton: true}},                        // RFC 8030 §5.2
	{"urgency", fieldSyntax{check: regUrgency, singleton: true}},                // RFC 8030 §5.3
	{"topic", fieldSyntax{check: regTopic, singleton: true}},                    // RFC 8030 §5.4
	{"soapaction", fieldSyntax{check: regSOAPAction, singleton: true}},          // SOAP 1.1 §6.1.1
	{"slug", fieldSyntax{check: regSlug, singleton: true}},                      // RFC 5023 §9.7
	{"mime-version", fieldSyntax{check: regVersionNumber, singleton: true}},     // RFC 2045 §4
	{"odata-version", fieldSyntax{check: regVersionNumber, singleton: true}},    // OData 4.01 §8.1.5
	{"odata-maxversion", fieldSyntax{check: regVersionNumber, singleton: true}}, // OData 4.01 §8.2.7
	{"odata-isolation", fieldSyntax{check: regSnapshot, singleton: true}},       // OData 4.01 §8.2.5
	{"isolation", fieldSyntax{check: regSnapshot, singleton: true}},
	{"odata-entityid", fieldSyntax{check: checkURIReference, singleton: true}}, // OData 4.01 §8.3.4
	{"link-template", fieldSyntax{check: regLinkTemplate}},                     // RFC 9652 §2
	{"ediint-features", fieldSyntax{check: checkTokens}},                       // RFC 6017 §3
	{"safe", fieldSyntax{check: regYesNo, singleton: true}},                    // RFC 2310 §4
	{"public", fieldSyntax{check: checkTokens}},                                // RFC 2068 §14.35

	// Compression dictionaries (RFC 9842).
	{"available-dictionary", fieldSyntax{check: regAvailableDictionary, singleton: true}},
	{"dictionary-id", fieldSyntax{check: regDictionaryID, singleton: true}},
	{"use-as-dictionary", fieldSyntax{check: regUseAsDictionary, singleton: true}},

	// Media streaming data (CTA-5004 CMCD, CTA-5006 CMSD).
	{"cmcd-object", fieldSyntax{check: regSFDict}},
	{"cmcd-request", fieldSyntax{check: regSFDict}},
	{"cmcd-session", fieldSyntax{check: regSFDict}},
	{"cmcd-status", fieldSyntax{check: regSFDict}},
	{"cmsd-static", fieldSyntax{check: regSFDict}},
	{"cmsd-dynamic", fieldSyntax{check: regSFList}},

	// Edge caches (W3C Edge Architecture 1.0).
	{"surrogate-control", fieldSyntax{check: regSurrogateControl}},
	{"surrogate-capability", fieldSyntax{check: regSurrogateCapability}},

	// WebDAV (RFC 4918 §10) and extensions.
	{"dav", fieldSyntax{check: regDAV}},
	{"depth", fieldSyntax{check: regDepth, singleton: true}},
	{"destination", fieldSyntax{check: regDestination, singleton: true}},
	{"if", fieldSyntax{check: regIf}},
	{"lock-token", fieldSyntax{check: regLockToken, singleton: true}},
	{"overwrite", fieldSyntax{check: regTrueFalse, singleton: true}},
	{"timeout", fieldSyntax{check: regTimeout}},
	{"dasl", fieldSyntax{check: regCodedURLs}},                                   // RFC 5323 §3.2
	{"position", fieldSyntax{check: regPosition, singleton: true}},               // RFC 3648 §6.1
	{"ordering-type", fieldSyntax{check: regAbsoluteURI, singleton: true}},       // RFC 3648 §5.1
	{"apply-to-redirect-ref", fieldSyntax{check: regTrueFalse, singleton: true}}, // RFC 4437 §12.1
	{"schedule-reply", fieldSyntax{check: regTrueFalse, singleton: true}},        // RFC 6638 §8.1
	{"caldav-timezones", fieldSyntax{check: regTrueFalse, singleton: true}},      // RFC 7809 §7.1

	// HTTP/1.1 of RFC 2068 and MIME, long obsolete but still pasted.
	{"content-base", fieldSyntax{check: regAbsoluteURI, singleton: true}}, // RFC 2068 §14.11
	{"content-version", fieldSyntax{check: regQuoted, singleton: true}},   // RFC 2068 §19.6.2
	{"derived-from", fieldSyntax{check: regQuoted, singleton: true}},      // RFC 2068 §19.6.2
	{"content-id", fieldSyntax{check: regContentID, singleton: true}},     // RFC 2045 §7
	{"cookie2", fieldSyntax{check: regCookie2, singleton: true}},          // RFC 2965 §3.3.4
	{"pragma", fieldSyntax{check: regTokenValues}},                        // RFC 9111 §5.4
	{"p3p", fieldSyntax{check: regTokenValues}},                           // W3C P3P 1.0 §2.2.2
}
