-- wrk: a different search on every request (so the page cache misses and
-- the search runs), from words people type, with and without diacritics.
local words = { "đăng ký", "dang ky", "khai sinh", "kết hôn", "giấy phép", "giay phep",
  "xây dựng", "hộ kinh doanh", "lái xe", "xe", "ô tô", "chứng thực", "bản sao",
  "đất đai", "trợ cấp", "thất nghiệp", "doanh nghiệp", "an toàn thực phẩm",
  "lý lịch tư pháp", "karaoke", "quảng cáo", "đổi", "cấp lại", "hộ tịch", "kon tum",
  "đắk hà", "thường trú", "bảo trợ", "người có công", "giáo dục" }
local n = 0
request = function()
  n = n + 1
  local a = words[(n % #words) + 1]
  local b = words[((n * 7) % #words) + 1]
  local q = a .. " " .. b
  if n % 3 == 0 then q = a end
  q = q:gsub("[^%w%-%.]", function(c)
    if c == " " then return "+" end
    return string.format("%%%02X", string.byte(c))
  end)
  return wrk.format("GET", "/thu-tuc?q=" .. q .. "&trang=" .. ((n % 5) + 1) .. "&n=" .. n)
end
