package i18n

// governanceIdsEntries holds the governance package's messages about identifiers, the calendar and schedules.
var governanceIdsEntries = []Entry{}
