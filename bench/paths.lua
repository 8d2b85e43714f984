-- wrk: a different page on every request, round a list of paths read from
-- the file named by $DVC_BENCH_PATHS (one per line), so a benchmark of
-- "a dossier page" opens many dossiers, as officers do, instead of one
-- row that stays in every cache.
local paths = {}
local n = 0
init = function(args)
  for line in io.lines(os.getenv("DVC_BENCH_PATHS")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  n = math.random(#paths)
end
request = function()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
