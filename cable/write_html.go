package cable

func (f *formatter) html() string   { return "" }
func (f *formatter) csvRow() string { return "" }
