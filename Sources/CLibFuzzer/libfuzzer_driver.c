// Nothing to compile: the header declares a function of the libFuzzer runtime for Swift.
#include "libfuzzer_driver.h"
