-- Drives headless Neovim as a user would: wait for copydesk's diagnostics,
-- put the cursor on each flagged phrase in turn, ask for code actions, pick
-- the one named in COPYDESK_PICK (where a user picks from the menu), then :write.
-- What it saw goes to COPYDESK_REPORT as JSON.
local report = { rounds = {} }
local picks = vim.split(os.getenv('COPYDESK_PICK'), '|', { plain = true })

local function copydesk_diagnostics()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.source == 'copydesk' then table.insert(found, d) end
  end
  table.sort(found, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return found
end

local function finish()
  local file = io.open(os.getenv('COPYDESK_REPORT'), 'w')
  file:write(vim.fn.json_encode(report))
  file:close()
  vim.cmd('qall!')
end

local ok, problem = pcall(function()
  for _, pick in ipairs(picks) do
    local tick = vim.api.nvim_buf_get_changedtick(0)
    assert(vim.wait(30000, function() return #copydesk_diagnostics() > 0 end, 50), 'no diagnostics from copydesk')
    local seen = {}
    for _, d in ipairs(copydesk_diagnostics()) do
      table.insert(seen, { code = d.code or d.user_data.lsp.code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col })
    end
    local round = { diagnostics = seen, titles = {} }
    table.insert(report.rounds, round)
    -- The cursor on the first flagged phrase whose action we want, as the user puts it there.
    local target
    for _, d in ipairs(copydesk_diagnostics()) do
      if pick:find((d.code or d.user_data.lsp.code), 1, true) == 1 then target = d break end
    end
    assert(target, 'no diagnostic for ' .. pick)
    vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
    local chosen = false
    vim.ui.select = function(items, options, on_choice)
      for index, item in ipairs(items) do
        local action = item.action or item[2]
        table.insert(round.titles, action.title)
        if not chosen and action.title == pick:sub(#(target.code or target.user_data.lsp.code) + 2) then
          chosen = true
          on_choice(item, index)
        end
      end
      if not chosen then on_choice(nil, nil) end
    end
    vim.lsp.buf.code_action()
    assert(vim.wait(30000, function() return vim.api.nvim_buf_get_changedtick(0) ~= tick end, 50), 'the quick fix changed nothing')
    vim.cmd('write')
    -- The server lints the new text: wait until the fixed diagnostic is gone.
    local code = target.code or target.user_data.lsp.code
    local function count()
      local n = 0
      for _, d in ipairs(copydesk_diagnostics()) do
        if (d.code or d.user_data.lsp.code) == code then n = n + 1 end
      end
      return n
    end
    local before = 0
    for _, d in ipairs(seen) do if d.code == code then before = before + 1 end end
    assert(vim.wait(30000, function() return count() < before end, 50), 'the diagnostic stayed after its fix')
  end
end)
if not ok then report.error = tostring(problem) end
report.final = copydesk_diagnostics()
for index, d in ipairs(report.final) do report.final[index] = { code = d.code or d.user_data.lsp.code, lnum = d.lnum, col = d.col } end
finish()
