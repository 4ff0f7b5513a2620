package browser

// RequestWait is requestWait, for the external tests.
const RequestWait = requestWait
