package config

// No docdrift setting has an empty name, and the TOML decoder (BurntSushi/toml v1.6.0)
// misreads the values around an empty key: it records the key's type on the table that holds
// it, so `x = [[{"" = 1}]]` decodes with one level of array fewer, and inside a table
// `"" = [[{a = 1}]]` does too (upstream pull request 492, not released). Every check after
// that would judge a value the file does not hold and name a place the file does not have,
// so a file with an empty key gets only these errors, each at the key itself.

const emptyKeyMsg = `empty key "": no docdrift setting has an empty name`

// emptyKeys returns one error per empty key, in file order, or nil when there is none.
func emptyKeys(path string, at []position) ErrorList {
	var list ErrorList
	for _, p := range at {
		list = append(list, &Error{Path: path, Line: p.Line, Col: p.Col, Msg: emptyKeyMsg})
	}
	return list
}
