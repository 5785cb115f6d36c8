/* SwiftPM needs at least one source file in a C target; the shims are static inline
   functions in include/CNcursesw.h. */
#include "CNcursesw.h"
