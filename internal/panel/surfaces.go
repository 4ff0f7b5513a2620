package panel

// Surfaces are the names docs use for the product this simulator stands in for: a doc that
// names one of them ("Log into the store", "in the BigCommerce control panel") is about it.
var Surfaces = []string{"BigCommerce", "control panel", "store"}
