package i18n

// volunteerEntries holds the messages of the volunteer package.
var volunteerEntries = []Entry{}
