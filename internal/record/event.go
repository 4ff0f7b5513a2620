package record

// Event is one act of the writer as the page reported it: what was done, to which control
// (by its role and accessible name, as locate names it), and where the page was.
type Event struct {
	Kind string `json:"kind"` // click, check, choose or fill
	Role string `json:"role"` // the control's role: link, button, checkbox, radio, textbox…
	Name string `json:"name"` // its accessible name

	Checked bool   `json:"checked"` // check: ticked (else cleared)
	Option  string `json:"option"`  // choose in a select: the option's text
	Group   string `json:"group"`   // choose a radio: the group's name
	List    string `json:"list"`    // click an option: the dropdown it belongs to

	// fill: the text typed, and whether the field is a password field (then Value is empty:
	// the page never sends it).
	Value     string `json:"value"`
	Secret    bool   `json:"secret"`
	InputType string `json:"inputType"`

	Opens    bool `json:"opens"`    // the control opens a menu or list (aria-haspopup, aria-expanded)
	InDialog bool `json:"inDialog"` // it sits in an open dialog

	// Where the page was when the writer acted.
	Place
}

// Place is a page as a reader tells one from another: its address, its main heading and the
// dialog it shows, if any.
type Place struct {
	URL     string `json:"url"`
	Heading string `json:"heading"`
	Dialog  string `json:"dialog"`
}
