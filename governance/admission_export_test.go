package governance

// Test hooks for the admission workflow.
var (
	NextAdmissionState = nextAdmissionState
)
