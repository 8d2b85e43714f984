-- wrk: each thread sends the notifications of its own share of the
-- orders (the lines of $DVC_BENCH_PATHS whose number, modulo the
-- threads, is its own), in order, so every order is notified once while
-- the list lasts: the first notification of a payment, the work the
-- gateway's load brings.
local count = 0
setup = function(thread)
  -- a global of the thread's own Lua state (tid), read by init below
  thread:set("tid", count)
  count = count + 1
end
local paths = {}
local n = 0
init = function(args)
  local k, total = 0, 2
  if os.getenv("DVC_BENCH_THREADS") then total = tonumber(os.getenv("DVC_BENCH_THREADS")) end
  for line in io.lines(os.getenv("DVC_BENCH_PATHS")) do
    if #line > 0 then
      if k % total == tid then paths[#paths + 1] = line end
      k = k + 1
    end
  end
end
request = function()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
