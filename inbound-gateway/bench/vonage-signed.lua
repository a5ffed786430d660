-- wrk script: Vonage inbound SMS, form-encoded and signed with Vonage's md5hash method:
--   sig = md5hex("&name=value" for the parameters sorted by name, "&" and "=" in them replaced by "_",
--                followed by the signature secret)
-- Each thread signs WEBHOOK_POOL distinct messages (own messageId, sender, nonce; the current
-- timestamp) before the run and sends them in turn, so that the load generator spends its CPU on
-- sending, not on hashing: on a shared 2-core machine every cycle it burns is taken from the gateway.
-- Past the pool a message is sent again, which the gateway treats like a carrier's retry.
-- The secret comes from the environment (VONAGE_SIGNATURE_SECRET), as the gateway's does.

local bit = require("bit")
local band, bor, bxor, bnot, rol, tobit, tohex, bswap =
    bit.band, bit.bor, bit.bxor, bit.bnot, bit.rol, bit.tobit, bit.tohex, bit.bswap

-- MD5 as RFC 1321 defines it, on 32-bit words (LuaJIT's bit library works on signed 32-bit integers)
local SHIFTS = {
  7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
  5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
  4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
  6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
}
local CONSTANTS = {}
for i = 1, 64 do
  CONSTANTS[i] = tobit(math.floor(math.abs(math.sin(i)) * 2 ^ 32))
end

local function md5hex(message)
  local length = #message
  local padded = message .. "\128" .. string.rep("\0", (55 - length) % 64)
  local bits = length * 8
  for _ = 1, 8 do -- the length in bits, little-endian
    padded = padded .. string.char(bits % 256)
    bits = math.floor(bits / 256)
  end
  local a0, b0, c0, d0 = tobit(0x67452301), tobit(0xefcdab89), tobit(0x98badcfe), tobit(0x10325476)
  local words = {}
  for chunk = 1, #padded, 64 do
    for j = 0, 15 do
      local b1, b2, b3, b4 = string.byte(padded, chunk + j * 4, chunk + j * 4 + 3)
      words[j] = tobit(b1 + b2 * 256 + b3 * 65536 + b4 * 16777216)
    end
    local a, b, c, d = a0, b0, c0, d0
    for i = 0, 63 do
      local f, g
      if i < 16 then
        f, g = bor(band(b, c), band(bnot(b), d)), i
      elseif i < 32 then
        f, g = bor(band(d, b), band(bnot(d), c)), (5 * i + 1) % 16
      elseif i < 48 then
        f, g = bxor(b, c, d), (3 * i + 5) % 16
      else
        f, g = bxor(c, bor(b, bnot(d))), (7 * i) % 16
      end
      f = tobit(f + a + CONSTANTS[i + 1] + words[g])
      a, d, c = d, c, b
      b = tobit(b + rol(f, SHIFTS[i + 1]))
    end
    a0, b0, c0, d0 = tobit(a0 + a), tobit(b0 + b), tobit(c0 + c), tobit(d0 + d)
  end
  return tohex(bswap(a0)) .. tohex(bswap(b0)) .. tohex(bswap(c0)) .. tohex(bswap(d0))
end

-- checked once against a well-known digest, so a broken hash shows up before the run
assert(md5hex("The quick brown fox jumps over the lazy dog") == "9e107d9d372bb6826bd81d3542a419d6")
assert(md5hex("") == "d41d8cd98f00b204e9800998ecf8427e")

local secret = os.getenv("VONAGE_SIGNATURE_SECRET") or error("VONAGE_SIGNATURE_SECRET is not set")

local function clean(text)
  return (text:gsub("[&=]", "_"))
end

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function signed_body(params)
  local names = {}
  for name, value in pairs(params) do
    if value:match("%S") then
      names[#names + 1] = name
    end
  end
  table.sort(names)
  local signed, body = {}, {}
  for _, name in ipairs(names) do
    signed[#signed + 1] = "&" .. clean(name) .. "=" .. clean(params[name])
    body[#body + 1] = encode(name) .. "=" .. encode(params[name])
  end
  body[#body + 1] = "sig=" .. md5hex(table.concat(signed) .. secret)
  return table.concat(body, "&")
end

local threads = {}
local thread_number = 0

function setup(thread)
  thread_number = thread_number + 1
  thread:set("number", thread_number)
  threads[#threads + 1] = thread
end

local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
local pool_size = tonumber(os.getenv("WEBHOOK_POOL") or "2000")
local pool = {}
local next_request = 0

local function signed_request(counter, now)
  local params = {
    msisdn = string.format("336%08d", (number * 10000000 + counter) % 100000000),
    to = "33757000001",
    messageId = string.format("B%d%015d", number, counter),
    text = "RDV oui, merci & a demain = ok",
    type = "text",
    keyword = "RDV",
    ["message-timestamp"] = os.date("!%Y-%m-%d %H:%M:%S", now),
    timestamp = tostring(now),
    nonce = string.format("%d-%d-%d", number, counter, now),
  }
  return wrk.format("POST", nil, headers, signed_body(params))
end

function init(args)
  local now = os.time()
  for counter = 1, pool_size do
    pool[counter] = signed_request(counter, now)
  end
end

function request()
  next_request = next_request % pool_size + 1
  return pool[next_request]
end

-- Counting mode (WEBHOOK_SECONDS set): webhooks for that many seconds, then GET /ping until wrk
-- stops, so that no webhook is cut off in flight and the 2xx answers wrk counts are exact.
local webhook_seconds = tonumber(os.getenv("WEBHOOK_SECONDS") or "")
if webhook_seconds then
  local ping = wrk.format("GET", "/ping")
  local stop_webhooks_at = nil
  local signed_request_in_turn = request

  function request()
    stop_webhooks_at = stop_webhooks_at or os.time() + webhook_seconds
    if os.time() >= stop_webhooks_at then
      return ping
    end
    return signed_request_in_turn()
  end

  webhook_2xx, webhook_other = 0, 0

  function response(status, headers, body)
    if body ~= "pong" then
      if status >= 200 and status < 300 then
        webhook_2xx = webhook_2xx + 1
      else
        webhook_other = webhook_other + 1
      end
    end
  end

  function done(summary, latency, requests)
    local ok, other = 0, 0
    for _, thread in ipairs(threads) do
      ok = ok + thread:get("webhook_2xx")
      other = other + thread:get("webhook_other")
    end
    io.write(string.format("webhooks answered 2xx: %d, otherwise: %d\n", ok, other))
  end
end
