package i18n

// gridEntries holds the messages of the grid package.
var gridEntries = []Entry{}
