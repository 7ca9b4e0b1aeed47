#pragma once
// libedit's native API. el_set/el_get/history are variadic: Swift calls these wrappers.
#include <stdio.h>
#include <histedit.h>
