-- wrk script for bench/search.sh: each request asks /api/search for the next query of a
-- fixed list (one-, two- and three-word, a number, a phrase, a filter, typos), round robin.
local queries = {
  "q=engagement", "q=community+engagement", "q=equitable+community+engagement", "q=3.11",
  "q=budget", "q=affordable+housing", "q=stormwater+resilience+pilot", "q=%22training+sessions%22",
  "q=training&status=On+Hold", "q=housing&priority=1", "q=engagment", "q=stormwatter+resilence",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?" .. queries[(i % #queries) + 1])
end
