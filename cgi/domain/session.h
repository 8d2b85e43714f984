/* Sessions: being written. */
#ifndef DVC_SESSION_H
#define DVC_SESSION_H
#endif
